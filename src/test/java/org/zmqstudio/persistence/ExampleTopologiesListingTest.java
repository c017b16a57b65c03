package org.zmqstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zmqstudio.persistence.ExampleTopologies.Example;

class ExampleTopologiesListingTest {

    @TempDir
    Path temp;

    @Test
    void listsEveryBundledExampleFromTheClasspathStartingWithHelloWorld() throws IOException {
        List<Example> examples = ExampleTopologies.list();

        assertEquals(jsonFilesIn(Path.of("topologies")), examples.stream().map(Example::fileName).sorted().toList());
        assertEquals("hello-world.json", examples.get(0).fileName());
        assertEquals("multipart.json", examples.get(examples.size() - 1).fileName());
        assertTrue(examples.stream().noneMatch(e -> e.name().isBlank() || e.description().isBlank()));
    }

    @Test
    void listsExamplesFromInsideAJarInLearningOrderWithUnknownFilesLastByName() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("topologies/zeta.json", topologyJson("Zeta"));
        entries.put("topologies/multipart.json", topologyJson("Multipart"));
        entries.put("topologies/alpha.json", topologyJson("Alpha"));
        entries.put("topologies/hello-world.json", topologyJson("Hello"));
        entries.put("topologies/README.txt", "not an example");
        URL folder = jarFolder(entries);

        List<Example> examples = ExampleTopologies.listAt(folder);

        assertEquals(List.of("hello-world.json", "multipart.json", "alpha.json", "zeta.json"),
                examples.stream().map(Example::fileName).toList());
        assertEquals(List.of("Hello", "Multipart", "Alpha", "Zeta"), examples.stream().map(Example::name).toList());
        assertEquals(topologyJson("Hello"), examples.get(0).json());
        assertEquals("About Hello", examples.get(0).description());
    }

    @Test
    void aBrokenBundledExampleIsNamedInTheError() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("topologies"));
        Files.writeString(folder.resolve("broken.json"), "{ \"format\": ");

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> ExampleTopologies.listAt(folder.toUri().toURL()));

        assertTrue(error.getMessage().contains("broken.json"), error.getMessage());
    }

    @Test
    void aClasspathWithoutExamplesListsNone() {
        assertEquals(List.of(), ExampleTopologies.listAt(null));
    }

    private URL jarFolder(Map<String, String> entries) throws IOException {
        Path jar = temp.resolve("bundle.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("topologies/"));
            out.closeEntry();
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return new URL("jar:" + jar.toUri() + "!" + ExampleTopologies.FOLDER);
    }

    private static String topologyJson(String name) {
        return """
                {
                  "format": "zmq-studio/topology",
                  "version": 1,
                  "name": "%s",
                  "description": "About %s",
                  "nodes": [],
                  "links": []
                }
                """.formatted(name, name);
    }

    private static List<String> jsonFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }
}
