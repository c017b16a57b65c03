package org.zmqstudio.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.zmqstudio.model.Topology;

/**
 * The example topologies bundled with the application: the {@code *.json} files of the classpath
 * folder {@code /topologies}, whether the classes run from a folder ({@code target/classes}) or from
 * inside the jar. The GUI's Examples menu lists them.
 */
public final class ExampleTopologies {

    /**
     * One bundled example.
     *
     * @param fileName    the file's name, e.g. {@code hello-world.json}
     * @param name        the topology's name, from the file
     * @param description the topology's description for learners, from the file
     * @param json        the whole file text, ready for {@link TopologyFiles#parse(String, String)}
     */
    public record Example(String fileName, String name, String description, String json) {
    }

    static final String FOLDER = "/topologies";

    /** A learning path through the ZeroMQ guide; files not named here come after it, by file name. */
    private static final List<String> LEARNING_PATH = List.of(
            "hello-world.json",
            "weather-updates.json",
            "slow-joiner.json",
            "parallel-pipeline.json",
            "pipeline-kill-signal.json",
            "shared-queue.json",
            "pubsub-forwarder.json",
            "pair-relay.json",
            "lazy-pirate.json",
            "slow-subscriber-hwm.json",
            "multipart.json");

    private static final Comparator<String> IN_LEARNING_ORDER = Comparator
            .comparingInt(ExampleTopologies::stepOnLearningPath)
            .thenComparing(Comparator.naturalOrder());

    private ExampleTopologies() {
    }

    /**
     * The bundled examples in learning order; empty when the classpath holds none.
     *
     * @throws IllegalStateException when a bundled file is not a valid topology file (a build defect)
     * @throws UncheckedIOException  when the bundle cannot be read
     */
    public static List<Example> list() {
        return listAt(ExampleTopologies.class.getResource(FOLDER));
    }

    /** The examples in the folder at {@code folder}, a {@code file:} or {@code jar:} URL, or none for {@code null}. */
    static List<Example> listAt(URL folder) {
        if (folder == null) {
            return List.of();
        }
        try {
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection entry = (JarURLConnection) folder.openConnection();
                try (FileSystem jar = FileSystems.newFileSystem(Path.of(entry.getJarFileURL().toURI()))) {
                    return readFolder(jar.getPath("/" + entry.getEntryName()));
                }
            }
            return readFolder(Path.of(folder.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled examples at " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled examples at " + folder, e);
        }
    }

    private static List<Example> readFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> fileName(file).endsWith(".json"))
                    .sorted(Comparator.comparing(ExampleTopologies::fileName, IN_LEARNING_ORDER))
                    .map(ExampleTopologies::readExample)
                    .toList();
        }
    }

    private static Example readExample(Path file) {
        String fileName = fileName(file);
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            Topology topology = TopologyFiles.parse(json, fileName);
            return new Example(fileName, topology.name(), topology.description(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled example " + fileName, e);
        } catch (TopologyFileException e) {
            throw new IllegalStateException("the bundled example " + fileName + " is broken: " + e.getMessage(), e);
        }
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }

    private static int stepOnLearningPath(String fileName) {
        int step = LEARNING_PATH.indexOf(fileName);
        return step < 0 ? LEARNING_PATH.size() : step;
    }
}
