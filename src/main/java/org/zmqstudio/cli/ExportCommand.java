package org.zmqstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.zmqstudio.export.CodeExport;
import org.zmqstudio.export.ExportFormat;
import org.zmqstudio.model.SafeText;
import org.zmqstudio.persistence.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE --to java|python --out PATH [--allow-network]}: writes a program that does what
 * the topology does ({@link CodeExport}), atomically.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Writes a Java or Python program that does what the topology does.",
                "One thread per socket, each behaviour a short loop, and at its end one line",
                "per node 'NODE sent N received M'. java: one Java 17 source file on plain JeroMQ",
                "(java -cp jeromq.jar NAME.java); python: one script on pyzmq (python3 NAME.py).",
                "Problems are printed as 'validate' prints them (here on stderr); a topology",
                "with errors is not exported.",
                "Exit status: 0 when written, 1 when the file cannot be written, 2 on invalid",
                "input (nothing was written)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Topology file to export.")
    private Path file;

    @Option(names = "--to", required = true, paramLabel = "java|python", converter = FormatConverter.class,
            description = "What to write: java or python.")
    private ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write (replaced if it exists).")
    private Path out;

    @Option(names = "--allow-network", description = "Accept endpoints on non-loopback hosts.")
    private boolean allowNetwork;

    /** {@code --to}: the formats by their option names. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return Arrays.stream(ExportFormat.values()).filter(f -> f.optionName().equals(value)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException(Arrays.stream(ExportFormat.values())
                            .map(ExportFormat::optionName).collect(Collectors.joining(" or "))
                            + ", not " + SafeText.quote(value)));
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        TopologyCheck check = TopologyCheck.of(file, allowNetwork);
        check.lines().forEach(err::println);
        if (check.hasErrors()) {
            err.println(name + ": " + shown(file) + " has " + check.errors() + (check.errors() == 1 ? " error" : " errors")
                    + "; nothing was written");
            return ExitCodes.INVALID_INPUT;
        }
        Optional<String> badOut = outProblem();
        if (badOut.isPresent()) {
            err.println(name + ": cannot write " + shown(out) + ": " + badOut.get() + "; nothing was written");
            return ExitCodes.INVALID_INPUT;
        }
        String fileName = out.getFileName().toString();
        String program = CodeExport.write(check.topology(), format, fileName, file.getFileName().toString(), allowNetwork);
        try {
            AtomicFile.writeString(out, program);
        } catch (IOException e) {
            err.println(name + ": cannot write " + shown(out) + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        err.println(name + ": wrote " + shown(out) + "; run it with " + (format == ExportFormat.JAVA
                ? "java -cp jeromq-0.6.0.jar " : "python3 ") + shown(out));
        return ExitCodes.OK;
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
