package org.zmqstudio.persistence;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The layout of every JSON file the project writes (topologies, run reports): two-space indents,
 * {@code "key": value}, and {@code {}} / {@code []} when empty, so that files diff cleanly.
 */
public final class JsonLayout {

    private JsonLayout() {
    }

    /** A new printer (Jackson printers keep state while writing: one per writer). */
    public static DefaultPrettyPrinter twoSpaces() {
        DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(twoSpaces);
        printer.indentArraysWith(twoSpaces);
        return printer;
    }
}
