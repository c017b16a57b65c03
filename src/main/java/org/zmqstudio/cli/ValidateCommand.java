package org.zmqstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: prints every problem of every file on stdout, a summary on stderr. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {"Checks topology files without running them.",
                "Prints one line per problem: FILE: SEVERITY CODE ELEMENT: MESSAGE",
                "(FILE:LINE:COLUMN: ERROR E_SYNTAX MESSAGE when the JSON cannot be read).",
                "Exit status: 0 when no file has errors (warnings allowed), 2 otherwise."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Topology files to check.")
    private List<Path> files;

    @Option(names = "--allow-network", description = "Accept endpoints on non-loopback hosts.")
    private boolean allowNetwork;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int errors = 0;
        int warnings = 0;
        int filesWithErrors = 0;
        for (Path file : files) {
            TopologyCheck check = TopologyCheck.of(file, allowNetwork);
            check.lines().forEach(out::println);
            errors += check.errors();
            warnings += check.warnings();
            filesWithErrors += check.hasErrors() ? 1 : 0;
        }
        out.flush();
        spec.commandLine().getErr().println(summary(files.size(), filesWithErrors, errors, warnings));
        return errors > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }

    /** {@code "3 files checked: 2 errors in 1 file, 1 warning"}. */
    private static String summary(int fileCount, int filesWithErrors, int errors, int warnings) {
        String checked = count(fileCount, "file") + " checked: ";
        String errorPart = errors == 0 ? "no errors" : count(errors, "error") + " in " + count(filesWithErrors, "file");
        return checked + errorPart + ", " + count(warnings, "warning");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
