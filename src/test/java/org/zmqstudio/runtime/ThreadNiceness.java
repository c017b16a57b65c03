package org.zmqstudio.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** This process's threads' nice values, where Linux shows them: /proc/self/task/TID/stat, field 19. */
public final class ThreadNiceness {

    private static final Path TASKS = Path.of("/proc/self/task");

    private ThreadNiceness() {
    }

    public static boolean readable() {
        return Files.isDirectory(TASKS);
    }

    /** The nice value of each live thread whose name starts with {@code prefix} (Linux keeps 15 characters of a name). */
    public static List<Integer> ofThreadsNamed(String prefix) {
        List<Integer> values = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : tasks.toList()) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    /** The nice value the engine gives its threads at background priority. */
    public static int background() {
        return BackgroundPriority.NICE;
    }
}
