package org.zmqstudio.export;

import java.util.List;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;

/**
 * Turns a topology into a program that does what it does, to be read and changed by a developer:
 * one thread per socket (a relay or proxy shares its thread with the socket it drives), the
 * engine's start order, each behaviour a short loop, and at the end one line per node
 * {@code NODE sent N received M}. No dependency on the studio. Thread-safe; all methods are static.
 */
public final class CodeExport {

    private CodeExport() {
    }

    /**
     * The program's source text.
     *
     * @param format     {@link ExportFormat#JAVA} or {@link ExportFormat#PYTHON}
     * @param fileName   the name of the file the program goes to: a Java class takes its name when it is
     *                   a Java identifier ({@code Topology} otherwise)
     * @param sourceName the topology file's name, for the program's header
     * @param allowNetwork whether endpoints on non-loopback hosts are accepted
     * @throws IllegalArgumentException when the topology has validation errors, naming the first
     */
    public static String write(Topology topology, ExportFormat format, String fileName, String sourceName,
                               boolean allowNetwork) {
        List<Problem> errors = Validator.validate(topology, allowNetwork).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("the topology has " + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + ", the first: " + errors.get(0));
        }
        ProgramPlan plan = ProgramPlan.of(topology);
        return switch (format) {
            case JAVA -> JavaProgram.write(plan, className(fileName), sourceName);
            case PYTHON -> PythonProgram.write(plan, sourceName, fileName);
        };
    }

    /** {@code Pipeline.java} → {@code Pipeline}; a name that is no Java identifier gives {@code Topology}. */
    static String className(String fileName) {
        String base = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
        boolean identifier = !base.isEmpty() && Character.isJavaIdentifierStart(base.charAt(0))
                && base.chars().allMatch(Character::isJavaIdentifierPart) && !base.equals("_");
        return identifier && base.chars().allMatch(c -> c < 0x7f) && !JavaProgram.TAKEN.contains(base) ? base : "Topology";
    }
}
