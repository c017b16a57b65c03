package org.zmqstudio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link Main} in-process with captured output, recording the paths it would open in the window. */
record CommandLineRun(int exitCode, String out, String err, List<Path> opened) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<Path> opened = new ArrayList<>();
        int exitCode = new Main(opened::add).execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandLineRun(exitCode, out.toString(), err.toString(), opened);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    /** Whether anything printed looks like a stack trace or leaks a library's class name. */
    boolean leaksInternals() {
        String all = out + err;
        return all.contains("\tat ") || all.contains("Exception") || all.toLowerCase().contains("jackson");
    }
}
