package org.zmqstudio.cli;

/** The process exit codes of every sub-command (DESIGN.md §6). */
public final class ExitCodes {

    /** Done, and the input had no errors (warnings allowed). */
    public static final int OK = 0;
    /** Something failed while running, such as a port in use. */
    public static final int FAILURE = 1;
    /** The input was refused: bad options, an unreadable file or a topology with errors. Nothing ran. */
    public static final int INVALID_INPUT = 2;

    private ExitCodes() {
    }
}
