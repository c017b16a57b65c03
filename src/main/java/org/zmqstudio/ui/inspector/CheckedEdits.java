package org.zmqstudio.ui.inspector;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zmqstudio.model.ElementRef;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.ProblemCode;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;
import org.zmqstudio.ui.editor.EditCommand;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.Selection;

/**
 * Applies an inspector edit only when it leaves the edited node's own values valid, so that the
 * {@link Validator} stays the one place that knows the ranges. Problems between nodes (a link of the
 * wrong type, two nodes on one endpoint) are not refused: they go to the problems list while the user
 * rearranges things.
 */
final class CheckedEdits {

    /** Codes that say one of a node's own values is wrong. */
    private static final Set<ProblemCode> VALUE_CODES = EnumSet.of(ProblemCode.E_ID_MALFORMED, ProblemCode.E_LABEL,
            ProblemCode.E_ENDPOINT_INVALID, ProblemCode.E_ENDPOINT_NETWORK, ProblemCode.E_OPTION_RANGE,
            ProblemCode.E_BEHAVIOR_FIELD, ProblemCode.E_POSITION);

    private final EditorDocument document;
    private final Runnable afterEdit;
    private boolean busy;

    /** @param afterEdit refreshes the inspector once an edit (and the selection that follows it) is done */
    CheckedEdits(EditorDocument document, Runnable afterEdit) {
        this.document = document;
        this.afterEdit = afterEdit;
    }

    /** Whether an edit is under way, so that the inspector waits for its end instead of showing its steps. */
    boolean isBusy() {
        return busy;
    }

    EditorDocument document() {
        return document;
    }

    /**
     * Executes {@code edit} of node {@code nodeId} (its id after the edit), or refuses it.
     *
     * @return empty when applied, else why it was refused, in words for the user
     */
    Optional<String> execute(EditCommand edit, String nodeId) {
        return execute(edit, nodeId, null);
    }

    /** Like {@link #execute(EditCommand, String)}, then selects {@code then} (unless {@code null}). */
    Optional<String> execute(EditCommand edit, String nodeId, Selection then) {
        Topology before = document.topology();
        Topology after = edit.apply(before);
        Optional<String> refusal = newValueProblem(before, after, nodeId, document.allowsNetwork());
        if (refusal.isEmpty()) {
            busy = true;
            try {
                document.execute(edit);
                if (then != null) {
                    document.select(then);
                }
            } finally {
                busy = false;
            }
            afterEdit.run();
        }
        return refusal;
    }

    private static Optional<String> newValueProblem(Topology before, Topology after, String nodeId, boolean allowNetwork) {
        ElementRef node = ElementRef.node(nodeId);
        List<Problem> candidates = Validator.validate(after, allowNetwork).stream()
                .filter(p -> p.element().equals(node) && VALUE_CODES.stream().anyMatch(p::is))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Set<String> existing = new HashSet<>();
        Validator.validate(before, allowNetwork).forEach(p -> existing.add(p.code() + p.message()));
        return candidates.stream()
                .filter(p -> !existing.contains(p.code() + p.message()))
                .map(Problem::message)
                .findFirst();
    }
}
