package org.zmqstudio.persistence;

import org.zmqstudio.model.SafeText;

/**
 * A topology file that cannot be read. {@link #getMessage()} is one line a user understands, without
 * the source name or position: show it as {@code SOURCE:LINE:COLUMN: message} when {@link #line()}
 * is positive, else as {@code SOURCE: message}. The message is escaped ({@link SafeText}) so that text
 * quoted from the file stays on that line. Carries no stack trace: it is an answer, not a bug.
 */
public final class TopologyFileException extends Exception {

    private final String sourceName;
    private final int line;
    private final int column;

    private TopologyFileException(String sourceName, String message, int line, int column) {
        super(SafeText.escape(message), null, false, false);
        this.sourceName = sourceName;
        this.line = line;
        this.column = column;
    }

    TopologyFileException(String message, int line, int column) {
        this("", message, line, column);
    }

    TopologyFileException(String message) {
        this(message, 0, 0);
    }

    /** The same problem, said of {@code name} (a file name, "clipboard"). */
    TopologyFileException in(String name) {
        return new TopologyFileException(name, getMessage(), line, column);
    }

    /** The file or other source that was read, as the caller named it; empty when unnamed. */
    public String sourceName() {
        return sourceName;
    }

    /** 1-based line of the problem, or 0 when it is not about a position. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or 0 when it is not about a position. */
    public int column() {
        return column;
    }
}
