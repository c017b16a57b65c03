package org.zmqstudio.cli;

import java.nio.file.Path;
import java.util.List;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.ProblemCode;
import org.zmqstudio.model.SafeText;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;
import org.zmqstudio.persistence.TopologyFileException;
import org.zmqstudio.persistence.TopologyFiles;

/**
 * One topology file read and validated, with its problems as the lines the command line prints:
 * <pre>
 * FILE: SEVERITY CODE ELEMENT: MESSAGE            a validation problem
 * FILE:LINE:COLUMN: ERROR E_SYNTAX MESSAGE        the JSON at that place cannot be read
 * FILE: ERROR E_FILE MESSAGE                      the file as a whole cannot be read
 * </pre>
 * Every line is one line: the file name and everything taken from the file are escaped ({@link SafeText}).
 *
 * @param topology the topology read, or {@code null} when the file could not be read
 * @param problems what the validator found in it (empty when it could not be read), to hand on to
 *                 the engine rather than validate again
 * @param lines    one line per problem, in file order then validator order
 * @param errors   how many of the problems are errors (a topology with errors must not run)
 * @param warnings how many are warnings
 */
public record TopologyCheck(Path file, Topology topology, List<Problem> problems, List<String> lines, int errors,
                            int warnings) {

    public static TopologyCheck of(Path file, boolean allowNetwork) {
        Topology topology;
        try {
            topology = TopologyFiles.load(file);
        } catch (TopologyFileException e) {
            return new TopologyCheck(file, null, List.of(), List.of(unreadable(file, e)), 1, 0);
        }
        List<Problem> problems = Validator.validate(topology, allowNetwork);
        int errors = (int) problems.stream().filter(Problem::isError).count();
        return new TopologyCheck(file, topology, problems, problems.stream().map(p -> shown(file) + ": " + p).toList(),
                errors, problems.size() - errors);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    private static String unreadable(Path file, TopologyFileException e) {
        return e.line() > 0
                ? shown(file) + ":" + e.line() + ":" + e.column() + ": ERROR " + ProblemCode.E_SYNTAX.code() + " " + e.getMessage()
                : shown(file) + ": ERROR " + ProblemCode.E_FILE.code() + " " + e.getMessage();
    }

    private static String shown(Path file) {
        return SafeText.escape(file.toString());
    }
}
