package org.zmqstudio.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a topology against the rules of DESIGN.md §4 and explains every problem in one sentence a
 * learner understands. Pure and thread-safe: it reads the immutable topology and returns new lists.
 * The rules live in one class per group: {@link NamingRules}, {@link LinkRules}, {@link EndpointRules},
 * {@link BehaviorRules}, {@link ExternalRules}, {@link OptionRules}, {@link TourRules} (errors) and {@link FlowWarnings} (warnings).
 */
public final class Validator {

    private Validator() {
    }

    /**
     * Every problem, errors first, then in the order of the nodes/links they concern.
     *
     * @param allowNetwork whether endpoints other machines can reach (non-loopback hosts, {@code *},
     *                     {@code 0.0.0.0}) are allowed; when {@code false} they are {@code E_ENDPOINT_NETWORK}
     */
    public static List<Problem> validate(Topology topology, boolean allowNetwork) {
        Objects.requireNonNull(topology, "topology");
        TopologyIndex index = new TopologyIndex(topology);
        Findings findings = new Findings();
        NamingRules.check(topology, findings);
        LinkRules.check(index, findings);
        EndpointRules.check(index, allowNetwork, findings);
        BehaviorRules.check(index, findings);
        ExternalRules.check(index, findings);
        OptionRules.check(topology, findings);
        FlowWarnings.check(index, findings);
        TourRules.check(index, findings);
        return findings.sorted(topology);
    }

    /**
     * Why a {@code connect}-side socket cannot be linked to a {@code bind}-side socket, or empty if the
     * pair is valid, e.g. "a PULL socket cannot connect to a PULL socket; PULL talks to PUSH (ZMTP
     * socket-type rules)".
     */
    public static Optional<String> explainInvalidPair(SocketType connect, SocketType bind) {
        if (connect.canPairWith(bind)) {
            return Optional.empty();
        }
        String talksTo = connect + " talks to " + Wording.either(connect.validPeers());
        if (bind != connect) {
            talksTo += ", and " + bind + " to " + Wording.either(bind.validPeers());
        }
        return Optional.of(Wording.withArticle(connect) + " socket cannot connect to " + Wording.withArticle(bind)
                + " socket; " + talksTo + " (ZMTP socket-type rules)");
    }
}
