package org.zmqstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.zmqstudio.export.CodeExport;
import org.zmqstudio.export.ExportFormat;
import org.zmqstudio.model.SafeText;
import org.zmqstudio.model.Topology;
import org.zmqstudio.persistence.AtomicFile;
import org.zmqstudio.picture.Picture;
import org.zmqstudio.picture.PngPicture;
import org.zmqstudio.picture.SvgPicture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE --to java|python|png|svg --out PATH [--scale N] [--theme light|dark] [--allow-network]}:
 * writes a program that does what the topology does ({@link CodeExport}), or a picture of the diagram
 * as the window draws it ({@link SvgPicture}, {@link PngPicture}; no display needed), atomically.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Writes a Java or Python program that does what the topology does, or a",
                "picture of its diagram. Programs: one thread per socket, each behaviour a short",
                "loop, and at its end one line per node 'NODE sent N received M'. java: one Java",
                "17 source file on plain JeroMQ (java -cp jeromq.jar NAME.java); python: one",
                "script on pyzmq (python3 NAME.py). Pictures: the diagram as the window draws it,",
                "svg (text stays text) or png (--scale 1, 2 or 4 pixels per canvas unit); no",
                "display needed.",
                "Problems are printed as 'validate' prints them (here on stderr); a topology",
                "with errors is not exported as a program (a picture is still drawn).",
                "Exit status: 0 when written, 1 when the file cannot be written, 2 on invalid",
                "input (nothing was written)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Topology file to export.")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "java|python|png|svg", converter = TargetConverter.class,
            description = "What to write: java, python, png or svg.")
    private Target target;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write (replaced if it exists).")
    private Path out;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "png only: 1, 2 or 4 pixels per canvas unit (default: ${DEFAULT-VALUE}).")
    private int scale;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light",
            description = "Pictures: the light or dark colours and background (default: ${DEFAULT-VALUE}).")
    private String theme;

    @Option(names = "--allow-network", description = "Accept endpoints on non-loopback hosts.")
    private boolean allowNetwork;

    /** What {@code --to} asks for: a program in one of the {@link ExportFormat}s, or a picture. */
    enum Target {
        JAVA(ExportFormat.JAVA), PYTHON(ExportFormat.PYTHON), PNG(null), SVG(null);

        /** The program's format; {@code null} for a picture. */
        final ExportFormat program;

        Target(ExportFormat program) {
            this.program = program;
        }

        String optionName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code --to}: the targets by their option names. */
    static final class TargetConverter implements CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return Arrays.stream(Target.values()).filter(t -> t.optionName().equals(value)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException(Arrays.stream(Target.values())
                            .map(Target::optionName).collect(Collectors.joining(", "))
                            + ", not " + SafeText.quote(value)));
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        Optional<String> badOption = optionProblem();
        if (badOption.isPresent()) {
            err.println(name + ": " + badOption.get() + "; nothing was written");
            return ExitCodes.INVALID_INPUT;
        }
        TopologyCheck check = TopologyCheck.of(file, allowNetwork);
        check.lines().forEach(err::println);
        if (check.topology() == null || check.hasErrors() && target.program != null) {
            err.println(name + ": " + shown(file) + " has " + check.errors() + (check.errors() == 1 ? " error" : " errors")
                    + "; nothing was written");
            return ExitCodes.INVALID_INPUT;
        }
        Optional<String> badOut = outProblem();
        if (badOut.isPresent()) {
            err.println(name + ": cannot write " + shown(out) + ": " + badOut.get() + "; nothing was written");
            return ExitCodes.INVALID_INPUT;
        }
        try {
            AtomicFile.writeBytes(out, content(check.topology()));
        } catch (IOException e) {
            err.println(name + ": cannot write " + shown(out) + ": " + e.getMessage() + "; nothing was written");
            return ExitCodes.FAILURE;
        }
        err.println(name + ": wrote " + shown(out) + switch (target) {
            case JAVA -> "; run it with java -cp jeromq-0.6.0.jar " + shown(out);
            case PYTHON -> "; run it with python3 " + shown(out);
            case PNG, SVG -> "";
        });
        return ExitCodes.OK;
    }

    /** The file's bytes: the program's source, or the picture. */
    private byte[] content(Topology topology) {
        if (target.program != null) {
            return CodeExport.write(topology, target.program, out.getFileName().toString(), file.getFileName().toString(),
                    allowNetwork).getBytes(StandardCharsets.UTF_8);
        }
        Picture picture = Picture.of(topology, theme.equals("dark"));
        if (target == Target.SVG) {
            return SvgPicture.write(picture).getBytes(StandardCharsets.UTF_8);
        }
        // Drawn by java.awt without a window: no display is needed, nor opened when there is one.
        System.setProperty("java.awt.headless", "true");
        return PngPicture.png(picture, scale);
    }

    /** Why --scale or --theme is refused, or empty. */
    private Optional<String> optionProblem() {
        if (!theme.equals("light") && !theme.equals("dark")) {
            return Optional.of("--theme must be light or dark, not " + SafeText.quote(theme));
        }
        if (Arrays.stream(PngPicture.SCALES).noneMatch(s -> s == scale)) {
            return Optional.of("--scale must be 1, 2 or 4, not " + scale);
        }
        if (target != Target.PNG && scale != 1) {
            return Optional.of("--scale applies to png only");
        }
        return Optional.empty();
    }

    /** Why the program cannot go to --out, or empty: no such folder, a folder, or the topology file itself. */
    private Optional<String> outProblem() {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            return Optional.of("no such folder");
        }
        if (Files.isDirectory(target)) {
            return Optional.of("it is a folder");
        }
        try {
            if (target.equals(file.toAbsolutePath().normalize()) || Files.exists(target) && Files.isSameFile(target, file)) {
                return Optional.of("it is the topology file being exported");
            }
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    private static String shown(Path path) {
        return SafeText.escape(path.toString());
    }
}
