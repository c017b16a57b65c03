package org.zmqstudio.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** This process's threads' nice values, where Linux shows them: /proc/self/task/TID/stat, field 19. */
public final class ThreadNiceness {

    private static final Path TASKS = Path.of("/proc/self/task");

    private ThreadNiceness() {
    }

    public static boolean readable() {
        return Files.isDirectory(TASKS);
    }

    /** The ids of this process's live threads, to leave out threads that were there before. */
    public static Set<String> threadIds() {
        try (Stream<Path> tasks = Files.list(TASKS)) {
            return tasks.map(task -> task.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The nice value of each live thread whose name starts with {@code prefix} (Linux keeps 15
     * characters of a name), leaving out the threads in {@code before}.
     */
    public static List<Integer> ofThreadsNamed(String prefix, Set<String> before) {
        List<Integer> values = new ArrayList<>();
        for (String id : threadIds()) {
            if (before.contains(id)) {
                continue;
            }
            Path task = TASKS.resolve(id);
            try {
                if (Files.readString(task.resolve("comm")).startsWith(prefix)) {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    values.add(Integer.parseInt(fields[16]));
                }
            } catch (IOException gone) {
                // the thread ended meanwhile
            }
        }
        return values;
    }

    /** The nice value the engine gives its threads at background priority. */
    public static int background() {
        return BackgroundPriority.NICE;
    }
}
