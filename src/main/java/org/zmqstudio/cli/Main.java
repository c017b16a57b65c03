package org.zmqstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.zmqstudio.bench.BenchCommand;
import org.zmqstudio.ui.StudioApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The program's entry point. Without a sub-command it opens the GUI (on FILE when given); the
 * headless sub-commands are listed in {@code subcommands} below (DESIGN.md §6).
 */
@Command(name = "zmq-studio", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Draw ZeroMQ topologies and watch them run. Without a command, opens the window.",
        // Every headless sub-command, in the order --help lists them.
        subcommands = {ValidateCommand.class, RunCommand.class, ExportCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Topology file to open in the window.")
    private Path file;

    private final Consumer<Path> openWindow;

    public Main() {
        this(StudioApp::open);
    }

    /** @param openWindow opens the GUI on a file ({@code null} for none) and returns when it closes */
    Main(Consumer<Path> openWindow) {
        this.openWindow = openWindow;
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = new Main().execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (Throwable error) {
            // An Error (out of memory, a JVM out of file descriptors) gets past picocli's handler: one line, no trace.
            System.err.println("zmq-studio: " + error);
            exitCode = ExitCodes.FAILURE;
        }
        System.exit(exitCode);
    }

    /**
     * Runs the command line and returns the process exit code ({@link ExitCodes}); never throws and
     * never prints a stack trace.
     */
    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(this)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((failure, failedCommand, parsed) -> {
                    failedCommand.getErr().println(failedCommand.getCommandSpec().qualifiedName() + ": "
                            + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
                    return ExitCodes.FAILURE;
                });
        // bench lives outside cli and cannot name ManifestVersion itself.
        commandLine.getSubcommands().get("bench").getCommandSpec().versionProvider(new ManifestVersion());
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    @Override
    public Integer call() {
        if (file != null && !Files.isRegularFile(file)) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": cannot open " + file + ": no such file");
            return ExitCodes.INVALID_INPUT;
        }
        openWindow.accept(file);
        return ExitCodes.OK;
    }

    /** Unknown option or missing argument: the error, the usage line and where to find help. */
    private static int usageError(CommandLine.ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + problem.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(problem, err);
        err.print("Usage: " + command.getHelp().synopsis(0));
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
