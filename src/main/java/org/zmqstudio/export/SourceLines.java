package org.zmqstudio.export;

/** Lines of generated source with an indentation level; four spaces a level. One thread only. */
final class SourceLines {

    private final StringBuilder text = new StringBuilder();
    private int depth;

    /** Adds one line at the current depth (an empty line stays empty). */
    SourceLines line(String line) {
        if (!line.isEmpty()) {
            text.append("    ".repeat(depth)).append(line);
        }
        text.append('\n');
        return this;
    }

    SourceLines blank() {
        return line("");
    }

    /** Adds a line, then indents the lines that follow. */
    SourceLines open(String line) {
        line(line);
        depth++;
        return this;
    }

    /** Outdents, then adds a line (a closing brace; nothing when empty). */
    SourceLines close(String line) {
        depth--;
        if (!line.isEmpty()) {
            line(line);
        }
        return this;
    }

    /** Adds text of several lines as it is, each indented to the current depth. */
    SourceLines block(String lines) {
        lines.lines().forEach(this::line);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
