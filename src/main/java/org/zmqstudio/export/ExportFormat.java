package org.zmqstudio.export;

import java.util.Locale;

/**
 * What a topology can be exported as. Each format writes one file; the command line's {@code --to}
 * takes {@link #optionName()}. Pictures (png, svg) would be further constants.
 */
public enum ExportFormat {
    /** One Java 17 source file on plain JeroMQ: {@code java -cp jeromq.jar NAME.java}. */
    JAVA(".java"),
    /** One Python 3 script on pyzmq (libzmq): {@code python3 NAME.py}. */
    PYTHON(".py");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The name {@code --to} takes: {@code java}, {@code python}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file name extension, with its dot. */
    public String extension() {
        return extension;
    }
}
