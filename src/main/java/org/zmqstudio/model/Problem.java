package org.zmqstudio.model;

/**
 * One thing wrong with, or worth knowing about, a topology.
 *
 * @param code    stable identifier such as {@code E_PAIR_TYPES} (errors start E_, warnings W_); the
 *                project's own codes are the {@link ProblemCode}s
 * @param message one sentence a learner understands; kept on one line ({@link SafeText#escape})
 */
public record Problem(Severity severity, String code, ElementRef element, String message) {

    public Problem {
        message = SafeText.escape(message);
    }

    /** A problem with one of the project's codes, at that code's severity. */
    public Problem(ProblemCode code, ElementRef element, String message) {
        this(code.severity(), code.code(), element, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether this problem has that code. */
    public boolean is(ProblemCode problemCode) {
        return problemCode.code().equals(code);
    }

    /** {@code ERROR E_PAIR_TYPES link w1->vent: a PULL socket cannot connect to …}. */
    @Override
    public String toString() {
        return severity + " " + code + " " + element + ": " + message;
    }
}
