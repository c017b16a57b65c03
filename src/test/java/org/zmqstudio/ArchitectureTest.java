package org.zmqstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of the README's code layout table, checked on every name a main source file uses: its
 * imports and the fully-qualified names in its code (comments and string literals do not count).
 */
class ArchitectureTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path README = Path.of("README.md");

    @Test
    void everyMainSourceUsesOnlyWhatItsLayerMay() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(MAIN_SOURCES)) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                files++;
                violations.addAll(LayerRules.violations(MAIN_SOURCES.relativize(file).toString(), Files.readString(file)));
            }
        }
        assertTrue(files > 20, "only " + files + " sources found under " + MAIN_SOURCES.toAbsolutePath());
        assertEquals(List.of(), violations);
    }

    @Test
    void theReadmeTableHasARowPerLayerListingExactlyWhatTheRulesAllow() throws IOException {
        Map<String, Set<String>> readme = readmeTable(Files.readString(README));
        Map<String, Set<String>> rules = new TreeMap<>();
        LayerRules.LAYERS.forEach((layer, allowed) -> rules.put(layer, LayerRules.names(allowed)));

        assertEquals(rules, readme);
    }

    @Test
    void lowerLayersUseOnlyTheirOwnLibrariesAndTheLayersBelow() {
        assertLayer("model", List.of("java.util.List"),
                List.of("javafx.scene.Node", "org.zeromq.ZMQ", "com.fasterxml.jackson.databind.ObjectMapper",
                        "org.zmqstudio.persistence.TopologyFiles", "org.zmqstudio.metrics.RunMetrics"));
        assertLayer("persistence", List.of("org.zmqstudio.model.Topology", "com.fasterxml.jackson.databind.ObjectMapper"),
                List.of("org.zmqstudio.metrics.RunMetrics", "org.zeromq.ZMQ", "javafx.application.Platform"));
        assertLayer("metrics", List.of("org.zmqstudio.model.Topology", "org.HdrHistogram.Recorder"),
                List.of("org.zmqstudio.runtime.Engine", "org.zmqstudio.persistence.TopologyFiles", "org.zeromq.ZMQ"));
        assertLayer("runtime", List.of("org.zmqstudio.metrics.RunMetrics", "org.zeromq.ZMQ", "zmq.Msg", "com.sun.jna.Native"),
                List.of("org.zmqstudio.persistence.TopologyFiles", "javafx.application.Platform",
                        "com.fasterxml.jackson.databind.ObjectMapper", "org.zmqstudio.cli.Main"));
    }

    @Test
    void benchAndCliSitAboveTheEngineAndOnlyCliTouchesTheWindowThroughStudioApp() {
        assertLayer("bench", List.of("org.zmqstudio.runtime.Engine", "org.zmqstudio.persistence.TopologyFiles",
                        "org.zeromq.ZContext", "picocli.CommandLine"),
                List.of("org.zmqstudio.cli.ExitCodes", "org.zmqstudio.ui.StudioApp", "javafx.application.Platform",
                        "com.fasterxml.jackson.databind.ObjectMapper"));
        assertLayer("cli", List.of("org.zmqstudio.bench.BenchCommand", "org.zmqstudio.ui.StudioApp",
                        "org.zmqstudio.runtime.Engine", "com.fasterxml.jackson.databind.ObjectMapper", "picocli.CommandLine"),
                List.of("org.zmqstudio.ui.MainWindow", "org.zmqstudio.ui.StudioAppFactory", "org.zmqstudio.ui.editor.Selection",
                        "org.zmqstudio.ui.*", "javafx.application.Platform", "atlantafx.base.theme.PrimerLight"));
    }

    @Test
    void exportWritesProgramsFromTheModelAloneAndCliUsesIt() {
        assertLayer("export", List.of("org.zmqstudio.model.Topology"),
                List.of("org.zeromq.ZMQ", "org.zmqstudio.runtime.Engine", "org.zmqstudio.persistence.TopologyFiles",
                        "picocli.CommandLine", "javafx.scene.Node"));
        assertLayer("cli", List.of("org.zmqstudio.export.CodeExport"), List.of());
    }

    @Test
    void theWindowUsesEverythingButTheCommandLineAndItsPartsKeepToTheirRows() {
        assertLayer("ui", List.of("org.zmqstudio.persistence.TopologyFiles", "org.zmqstudio.runtime.Engine",
                        "org.zmqstudio.ui.canvas.TopologyCanvas", "javafx.stage.Stage", "atlantafx.base.theme.PrimerLight"),
                List.of("org.zmqstudio.cli.Main", "org.zmqstudio.bench.BenchCommand", "picocli.CommandLine"));
        assertLayer("ui.editor", List.of("org.zmqstudio.model.Topology"),
                List.of("javafx.beans.property.ObjectProperty", "org.zmqstudio.persistence.TopologyFiles",
                        "org.zmqstudio.ui.canvas.TopologyCanvas", "org.zmqstudio.runtime.Engine"));
        assertLayer("ui.canvas", List.of("org.zmqstudio.model.Topology", "org.zmqstudio.ui.editor.EditorDocument",
                        "javafx.scene.canvas.Canvas"),
                List.of("org.zmqstudio.ui.monitor.LiveRun", "org.zmqstudio.ui.inspector.Inspector",
                        "org.zmqstudio.runtime.Engine", "org.zmqstudio.metrics.RunMetrics",
                        "org.zmqstudio.persistence.TopologyFiles", "atlantafx.base.theme.Styles"));
        for (String layer : List.of("ui.actions", "ui.files")) {
            assertLayer(layer, List.of("org.zmqstudio.persistence.TopologyFiles", "org.zmqstudio.ui.canvas.TopologyCanvas",
                            "javafx.stage.FileChooser"),
                    List.of("org.zmqstudio.runtime.Engine", "org.zmqstudio.metrics.RunMetrics", "org.zmqstudio.ui.MainWindow",
                            "org.zmqstudio.ui.*", "org.zeromq.ZMQ"));
        }
        for (String layer : List.of("ui.palette", "ui.inspector", "ui.problems")) {
            assertLayer(layer, List.of("org.zmqstudio.model.Topology", "org.zmqstudio.ui.editor.EditorDocument",
                            "atlantafx.base.theme.Styles"),
                    List.of("org.zmqstudio.persistence.TopologyFiles", "org.zmqstudio.runtime.Engine", "org.zmqstudio.ui.Theme"));
        }
        assertLayer("ui.monitor", List.of("org.zmqstudio.runtime.Engine", "org.zmqstudio.metrics.RunSnapshot",
                        "org.zmqstudio.ui.canvas.TopologyCanvas", "javafx.animation.AnimationTimer"),
                List.of("org.zmqstudio.persistence.TopologyFiles", "org.zmqstudio.ui.MainWindow", "org.zeromq.ZMQ",
                        "com.sun.jna.Native"));
        assertLayer("ui.tour", List.of("org.zmqstudio.ui.monitor.RunController", "org.zmqstudio.metrics.RunSnapshot",
                        "javafx.animation.Timeline"),
                List.of("org.zmqstudio.runtime.Engine", "org.zmqstudio.persistence.TopologyFiles", "org.zmqstudio.ui.MainWindow"));
    }

    @Test
    void fullyQualifiedNamesInCodeCountLikeImports() {
        String source = """
                package org.zmqstudio.model;

                @javafx.beans.DefaultProperty("x")
                final class F {
                    Object socket = org.zeromq.SocketType.PAIR;
                    java.util.List<org.zmqstudio.persistence.TopologyDto> dtos;
                    Runnable r = org.zmqstudio.runtime.Engine::new;
                }
                """;

        assertEquals(List.of("F.java:3: model may not use javafx.beans.DefaultProperty",
                        "F.java:5: model may not use org.zeromq.SocketType",
                        "F.java:6: model may not use org.zmqstudio.persistence.TopologyDto",
                        "F.java:7: model may not use org.zmqstudio.runtime.Engine"),
                LayerRules.violations("F.java", source));
    }

    @Test
    void staticAndWildcardImportsCountButCommentsAndStringsDoNot() {
        String source = """
                package org.zmqstudio.ui.editor;

                import static javafx.application.Platform.runLater;
                import org.zmqstudio.persistence.*;
                // import javafx.scene.Node;
                /* org.zeromq.ZMQ.Socket s; */
                /** {@link org.zmqstudio.runtime.Engine} */
                final class F {
                    String a = "org.zeromq.ZMQ and \\" javafx.scene.Node";
                    String b = \"""
                        org.zmqstudio.cli.Main
                        \""";
                    char c = '"';
                    String d = "after a char literal: org.zeromq.ZContext";
                    int e = org.zmqstudio.model.Node.MAX;
                }
                """;

        assertEquals(List.of("F.java:3: ui.editor may not use javafx.application.Platform.runLater",
                        "F.java:4: ui.editor may not use org.zmqstudio.persistence.*"),
                LayerRules.violations("F.java", source));
    }

    @Test
    void aPackageWithoutARowInTheTableIsRefused() {
        assertEquals(List.of("F.java: package org.zmqstudio.ui.charts has no row in the README's layer table"),
                LayerRules.violations("F.java", "package org.zmqstudio.ui.charts;\n"));
        assertEquals(List.of("F.java: package com.example has no row in the README's layer table"),
                LayerRules.violations("F.java", "package com.example;\n"));
    }

    private static void assertLayer(String layer, List<String> mayUse, List<String> mayNotUse) {
        for (String name : mayUse) {
            assertEquals(List.of(), check(layer, name), layer + " should use " + name);
        }
        for (String name : mayNotUse) {
            assertEquals(List.of("F.java:3: " + layer + " may not use " + name), check(layer, name),
                    layer + " should not use " + name);
        }
    }

    private static List<String> check(String layer, String importedName) {
        return LayerRules.violations("F.java", "package org.zmqstudio." + layer + ";\n\nimport " + importedName + ";\n");
    }

    /** The README's code layout table: each package of the first column → the names in the "may use" column. */
    private static Map<String, Set<String>> readmeTable(String readme) {
        String section = readme.substring(readme.indexOf("## Code layout"));
        Map<String, Set<String>> table = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| (`[^|]+`) \\|[^|]+\\| ([^|]+) \\|$", Pattern.MULTILINE);
        Matcher rows = row.matcher(section);
        while (rows.find()) {
            Set<String> mayUse = rows.group(2).equals(LayerRules.NOTHING_ELSE) ? Set.of()
                    : new TreeSet<>(Arrays.asList(rows.group(2).split(", ")));
            for (String layer : rows.group(1).split(", ")) {
                table.put(layer.replace("`", ""), mayUse);
            }
        }
        assertTrue(table.size() > 10, "the layer table was not found in " + README.toAbsolutePath());
        return table;
    }

    /**
     * What each layer may use besides the JDK ({@code java.*}, {@code com.sun.management}) and its own package, as the README's code
     * layout table says. A layer is one package, matched exactly: a new package needs its own row.
     */
    static final class LayerRules {

        /** The "may use" column of a layer that uses nothing but the JDK. */
        static final String NOTHING_ELSE = "nothing else";

        private static final String ROOT = "org.zmqstudio.";
        private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
        private static final Pattern IMPORT =
                Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.*]+)\\s*;", Pattern.MULTILINE);
        /** A name that starts with a package of the JDK or of a dependency and reaches a type. */
        private static final Pattern QUALIFIED_NAME = Pattern.compile(
                "(?<![\\w.$])((?:java|javax|javafx|jdk|sun|com|org|net|zmq|picocli|atlantafx)(?:\\.[a-z_][\\w$]*)*\\.[A-Z][\\w$]*)");

        /** A dependency as the README names it, and the names it covers. */
        record Dependency(String readmeName, Pattern names) {
            static Dependency of(String readmeName, String namesRegex) {
                return new Dependency(readmeName, Pattern.compile(namesRegex));
            }
        }

        /** The JDK's {@code java.*} API, and its supported management API (open-file counts). */
        static final Dependency JDK = Dependency.of("JDK", "java\\.|com\\.sun\\.management\\.");
        static final Dependency MODEL = studio("model");
        static final Dependency PERSISTENCE = studio("persistence");
        static final Dependency METRICS = studio("metrics");
        static final Dependency RUNTIME = studio("runtime");
        static final Dependency RECORDING = studio("recording");
        static final Dependency BENCH = studio("bench");
        static final Dependency EXPORT = studio("export");
        static final Dependency PICTURE = studio("picture");
        static final Dependency UI_EDITOR = studio("ui.editor");
        /** Any sub-package of {@code ui}, not {@code ui} itself (it assembles them). */
        static final Dependency UI_PARTS = Dependency.of("`ui.*`", "org\\.zmqstudio\\.ui\\.[a-z]\\w*\\.");
        static final Dependency STUDIO_APP = Dependency.of("`ui.StudioApp`", "org\\.zmqstudio\\.ui\\.StudioApp\\b");
        static final Dependency JAVAFX = Dependency.of("JavaFX", "javafx\\.");
        static final Dependency ATLANTAFX = Dependency.of("AtlantaFX", "atlantafx\\.");
        static final Dependency JEROMQ = Dependency.of("JeroMQ", "org\\.zeromq\\.|zmq\\.");
        static final Dependency JACKSON = Dependency.of("Jackson", "com\\.fasterxml\\.jackson\\.");
        static final Dependency HDR_HISTOGRAM = Dependency.of("HdrHistogram", "org\\.HdrHistogram\\.");
        static final Dependency JNA = Dependency.of("JNA", "com\\.sun\\.jna\\.");
        static final Dependency PICOCLI = Dependency.of("picocli", "picocli\\.");

        static final Map<String, List<Dependency>> LAYERS = layers();

        private static Map<String, List<Dependency>> layers() {
            Map<String, List<Dependency>> layers = new LinkedHashMap<>();
            layers.put("model", List.of());
            layers.put("persistence", List.of(MODEL, JACKSON));
            layers.put("metrics", List.of(MODEL, HDR_HISTOGRAM));
            layers.put("runtime", List.of(MODEL, METRICS, JEROMQ, JNA));
            layers.put("bench", List.of(MODEL, PERSISTENCE, METRICS, RUNTIME, JEROMQ, PICOCLI));
            layers.put("recording", List.of(MODEL, PERSISTENCE, METRICS, RUNTIME, JACKSON));
            layers.put("export", List.of(MODEL));
            layers.put("picture", List.of(MODEL));
            layers.put("cli", List.of(MODEL, PERSISTENCE, METRICS, RUNTIME, RECORDING, BENCH, EXPORT, PICTURE, STUDIO_APP,
                    JEROMQ, JACKSON, HDR_HISTOGRAM, JNA, PICOCLI));
            layers.put("ui", List.of(MODEL, PERSISTENCE, METRICS, RUNTIME, PICTURE, UI_PARTS,
                    JAVAFX, ATLANTAFX, JEROMQ, JACKSON, HDR_HISTOGRAM, JNA));
            layers.put("ui.editor", List.of(MODEL));
            layers.put("ui.canvas", List.of(MODEL, UI_EDITOR, PICTURE, JAVAFX));
            for (String part : List.of("ui.actions", "ui.files")) {
                layers.put(part, List.of(MODEL, PERSISTENCE, EXPORT, PICTURE, UI_PARTS, JAVAFX, ATLANTAFX));
            }
            for (String part : List.of("ui.palette", "ui.inspector", "ui.problems")) {
                layers.put(part, List.of(MODEL, UI_PARTS, JAVAFX, ATLANTAFX));
            }
            layers.put("ui.monitor", List.of(MODEL, METRICS, RUNTIME, RECORDING, UI_PARTS, JAVAFX, ATLANTAFX));
            layers.put("ui.tour", List.of(MODEL, METRICS, UI_PARTS, JAVAFX));
            return layers;
        }

        private static Dependency studio(String layer) {
            return Dependency.of("`" + layer + "`", Pattern.quote(ROOT + layer + "."));
        }

        static Set<String> names(List<Dependency> dependencies) {
            return dependencies.stream().map(Dependency::readmeName).collect(Collectors.toCollection(TreeSet::new));
        }

        /** One line per name the source uses that its layer may not: {@code FILE:LINE: LAYER may not use NAME}. */
        static List<String> violations(String fileName, String source) {
            String code = codeOnly(source);
            Matcher packageName = PACKAGE.matcher(code);
            String pkg = packageName.find() ? packageName.group(1) : "(default)";
            String layer = pkg.startsWith(ROOT) ? pkg.substring(ROOT.length()) : pkg;
            if (!LAYERS.containsKey(layer)) {
                return List.of(fileName + ": package " + pkg + " has no row in the README's layer table");
            }
            List<String> violations = new ArrayList<>();
            Matcher imports = IMPORT.matcher(code);
            StringBuilder body = new StringBuilder(code);
            while (imports.find()) {
                check(fileName, code, layer, imports.start(1), imports.group(1), violations);
                body.replace(imports.start(), imports.end(), " ".repeat(imports.end() - imports.start()));
            }
            Matcher names = QUALIFIED_NAME.matcher(body);
            while (names.find()) {
                check(fileName, code, layer, names.start(1), names.group(1), violations);
            }
            violations.sort(null);
            return violations;
        }

        private static void check(String fileName, String code, String layer, int at, String name, List<String> violations) {
            if (!mayUse(layer, name)) {
                long line = code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                violations.add(fileName + ":" + line + ": " + layer + " may not use " + name);
            }
        }

        private static boolean mayUse(String layer, String name) {
            return name.startsWith(ROOT + layer + ".") || JDK.names().matcher(name).lookingAt()
                    || LAYERS.get(layer).stream().anyMatch(d -> d.names().matcher(name).lookingAt());
        }

        /** The source with comments, string, text-block and character literals blanked out; lines kept. */
        static String codeOnly(String source) {
            StringBuilder code = new StringBuilder(source.length());
            int i = 0;
            while (i < source.length()) {
                int end;
                if (source.startsWith("//", i)) {
                    end = source.indexOf('\n', i);
                    end = end < 0 ? source.length() : end;
                } else if (source.startsWith("/*", i)) {
                    end = source.indexOf("*/", i + 2);
                    end = end < 0 ? source.length() : end + 2;
                } else if (source.startsWith("\"\"\"", i)) {
                    end = literalEnd(source, i + 3, "\"\"\"");
                } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                    end = literalEnd(source, i + 1, String.valueOf(source.charAt(i)));
                } else {
                    code.append(source.charAt(i++));
                    continue;
                }
                source.substring(i, end).chars().forEach(c -> code.append(c == '\n' ? '\n' : ' '));
                i = end;
            }
            return code.toString();
        }

        /** Where a literal whose content starts at {@code from} ends, after its closing quote; escapes skipped. */
        private static int literalEnd(String source, int from, String quote) {
            int i = from;
            while (i < source.length() && !source.startsWith(quote, i)) {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(source.length(), i + quote.length());
        }
    }
}
