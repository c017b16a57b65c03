package org.zmqstudio.model;

/**
 * One thing wrong with, or worth knowing about, a topology.
 *
 * @param code    stable identifier such as {@code E_PAIR_TYPES} (errors start E_, warnings W_)
 * @param message one sentence a learner understands
 */
public record Problem(Severity severity, String code, ElementRef element, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code ERROR E_PAIR_TYPES link w1->vent: a PULL socket cannot connect to …}. */
    @Override
    public String toString() {
        return severity + " " + code + " " + element + ": " + message;
    }
}
