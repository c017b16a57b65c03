package org.zmqstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md §1, checked on the imports of every main source file. */
class ArchitectureTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void everyMainSourceImportsOnlyWhatItsLayerMay() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(MAIN_SOURCES)) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                violations.addAll(ImportRules.violations(MAIN_SOURCES.relativize(file).toString(), Files.readString(file)));
            }
        }
        assertTrue(files > 20, "only " + files + " sources found under " + MAIN_SOURCES.toAbsolutePath());
        assertEquals(List.of(), violations);
    }

    @Test
    void modelMayImportOnlyTheJdk() {
        assertEquals(List.of(), check("model", "java.util.List"));
        assertEquals(List.of("F.java: model may not import javafx.scene.Node"), check("model", "javafx.scene.Node"));
        assertEquals(1, check("model", "com.fasterxml.jackson.databind.ObjectMapper").size());
        assertEquals(1, check("model", "org.zeromq.ZMQ").size());
        assertEquals(1, check("model", "org.zmqstudio.persistence.TopologyFiles").size());
    }

    @Test
    void lowerLayersMayNotImportJavaFxUiOrCli() {
        for (String layer : List.of("persistence", "metrics", "runtime")) {
            assertEquals(1, check(layer, "javafx.application.Platform").size(), layer);
            assertEquals(1, check(layer, "org.zmqstudio.ui.StudioApp").size(), layer);
            assertEquals(1, check(layer, "org.zmqstudio.cli.Main").size(), layer);
        }
        assertEquals(List.of(), check("persistence", "com.fasterxml.jackson.databind.ObjectMapper"));
        assertEquals(List.of(), check("runtime", "org.zeromq.ZMQ"));
        assertEquals(List.of(), check("runtime", "org.zmqstudio.metrics.Counters"));
        assertEquals(1, check("metrics", "org.zmqstudio.runtime.Engine").size());
    }

    @Test
    void onlyCliImportsCliAndCliUsesOnlyStudioAppFromUi() {
        assertEquals(List.of("F.java: ui may not import org.zmqstudio.cli.Main"), check("ui", "org.zmqstudio.cli.Main"));
        assertEquals(List.of(), check("ui.editor", "org.zmqstudio.persistence.TopologyFiles"));
        assertEquals(List.of(), check("cli", "org.zmqstudio.ui.StudioApp"));
        assertEquals(1, check("cli", "org.zmqstudio.ui.editor.Canvas").size());
        assertEquals(1, check("cli", "org.zmqstudio.ui.*").size());
        assertEquals(List.of(), check("cli", "org.zmqstudio.runtime.Engine"));
    }

    @Test
    void staticImportsCountButCommentedOutImportsDoNot() {
        String source = """
                package org.zmqstudio.model;

                import static javafx.application.Platform.runLater;
                // import javafx.scene.Node;
                """;

        assertEquals(List.of("F.java: model may not import javafx.application.Platform.runLater"),
                ImportRules.violations("F.java", source));
    }

    private static List<String> check(String layer, String importedName) {
        return ImportRules.violations("F.java", "package org.zmqstudio." + layer + ";\n\nimport " + importedName + ";\n");
    }

    /** What each layer may import (DESIGN.md §1): allowed name prefixes, then forbidden ones. */
    static final class ImportRules {

        private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
        private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.*]+)\\s*;", Pattern.MULTILINE);
        private static final String ROOT = "org.zmqstudio.";
        private static final String STUDIO_APP = "org.zmqstudio.ui.StudioApp";

        /** Layers that may import only these prefixes; every other layer may import anything not forbidden. */
        private static final Map<String, List<String>> ALLOWED = Map.of(
                "model", List.of("java."),
                "persistence", List.of("java.", ROOT + "model.", "com.fasterxml.jackson."),
                "metrics", List.of("java.", ROOT + "model.", "org.HdrHistogram."),
                "runtime", List.of("java.", ROOT + "model.", ROOT + "metrics.", "org.zeromq.", "zmq.", "com.sun.jna."));

        static List<String> violations(String fileName, String source) {
            Matcher packageName = PACKAGE.matcher(source);
            String layer = packageName.find() && packageName.group(1).startsWith(ROOT)
                    ? packageName.group(1).substring(ROOT.length()).split("\\.")[0] : "";
            List<String> violations = new ArrayList<>();
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                String imported = imports.group(1);
                if (!mayImport(layer, imported)) {
                    violations.add(fileName + ": " + layer + " may not import " + imported);
                }
            }
            return violations;
        }

        private static boolean mayImport(String layer, String imported) {
            if (imported.startsWith(ROOT + layer + ".")) {
                return true;
            }
            if (ALLOWED.containsKey(layer)) {
                return ALLOWED.get(layer).stream().anyMatch(imported::startsWith);
            }
            if (imported.startsWith(ROOT + "cli.")) {
                return false;
            }
            if (layer.equals("cli")) {
                return !imported.startsWith("javafx.") && (!imported.startsWith(ROOT + "ui.") || imported.equals(STUDIO_APP));
            }
            return layer.equals("ui") || !imported.startsWith(ROOT + "ui.");
        }
    }
}
