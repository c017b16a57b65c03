package org.zmqstudio.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tour step does to the run when the learner reaches it (DESIGN.md §8, the step's {@code "do"}).
 * Written in a file as {@code run}, {@code run-paused}, {@code pause}, {@code step}, {@code step:N},
 * {@code kill:ID}, {@code restart:ID} or {@code none}.
 *
 * @param count  messages to let out, for {@link Kind#STEP} (1 to {@link #MAX_STEPS}); 0 for the others
 * @param nodeId the node to kill or restart, for {@link Kind#KILL} and {@link Kind#RESTART}; {@code null} for the others
 */
public record TourAction(Kind kind, int count, String nodeId) {

    /** The most messages one step may let out. */
    public static final int MAX_STEPS = 1_000;

    public static final TourAction NONE = new TourAction(Kind.NONE, 0, null);

    /** The forms a file may write, for error messages. */
    public static final List<String> FORMS = List.of("run", "run-paused", "pause", "step", "step:N", "kill:ID",
            "restart:ID", "none");

    /** What the step does: start the run, start it held, hold it, let messages out, kill or restart a node, nothing. */
    public enum Kind { RUN, RUN_PAUSED, PAUSE, STEP, KILL, RESTART, NONE }

    public TourAction {
        Objects.requireNonNull(kind, "kind");
    }

    public static TourAction step(int count) {
        return new TourAction(Kind.STEP, count, null);
    }

    /** The action a file's text names, or empty when the text is none of {@link #FORMS}. */
    public static Optional<TourAction> parse(String text) {
        switch (text) {
            case "run" -> {
                return Optional.of(new TourAction(Kind.RUN, 0, null));
            }
            case "run-paused" -> {
                return Optional.of(new TourAction(Kind.RUN_PAUSED, 0, null));
            }
            case "pause" -> {
                return Optional.of(new TourAction(Kind.PAUSE, 0, null));
            }
            case "step" -> {
                return Optional.of(step(1));
            }
            case "none" -> {
                return Optional.of(NONE);
            }
            default -> {
                return withArgument(text);
            }
        }
    }

    private static Optional<TourAction> withArgument(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String argument = text.substring(colon + 1);
        return switch (text.substring(0, colon)) {
            case "step" -> argument.matches("[0-9]{1,4}") && Integer.parseInt(argument) >= 1
                    && Integer.parseInt(argument) <= MAX_STEPS ? Optional.of(step(Integer.parseInt(argument))) : Optional.empty();
            case "kill" -> Optional.of(new TourAction(Kind.KILL, 0, argument));
            case "restart" -> Optional.of(new TourAction(Kind.RESTART, 0, argument));
            default -> Optional.empty();
        };
    }

    /** The text a file holds for this action: what {@link #parse} reads back ({@code step:1} is written {@code step}). */
    public String fileText() {
        return switch (kind) {
            case RUN -> "run";
            case RUN_PAUSED -> "run-paused";
            case PAUSE -> "pause";
            case STEP -> count == 1 ? "step" : "step:" + count;
            case KILL -> "kill:" + nodeId;
            case RESTART -> "restart:" + nodeId;
            case NONE -> "none";
        };
    }

    /** This action with its node renamed, when it names {@code oldId}. */
    TourAction renamed(String oldId, String newId) {
        return oldId.equals(nodeId) ? new TourAction(kind, count, newId) : this;
    }
}
