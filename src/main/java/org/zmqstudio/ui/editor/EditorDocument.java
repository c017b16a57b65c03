package org.zmqstudio.ui.editor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.Validator;

/**
 * The topology being edited, its file, its selection and its undo history. Knows nothing of JavaFX:
 * views listen for changes and redraw from {@link #topology()}. Not thread-safe: use it from the UI
 * thread only; listeners are called on the thread that made the change.
 */
public final class EditorDocument {

    /** Undo steps kept; the oldest are forgotten beyond this. */
    public static final int HISTORY_LIMIT = 1000;

    /** An edit in the history, with the state that undoing (or redoing) it returns to. */
    private record Step(EditCommand command, Topology restore, Selection restoreSelection) {
    }

    /** The findings on one topology (compared by identity: every edit makes a new one) under one policy. */
    private record Validated(Topology topology, boolean allowNetwork, List<Problem> problems) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private Topology topology = Topology.EMPTY;
    private Topology savedTopology = Topology.EMPTY;
    private Selection selection = Selection.NONE;
    private Path file;
    private boolean absorbing = true;
    private boolean locked;
    private boolean allowNetwork;
    private Validated validated;

    public Topology topology() {
        return topology;
    }

    /** The file the topology was opened from or last saved to, or {@code null} for a new one. */
    public Path file() {
        return file;
    }

    public Selection selection() {
        return selection;
    }

    /** Whether the topology differs from what was last opened or saved. */
    public boolean isDirty() {
        return !topology.equals(savedTopology);
    }

    /**
     * Applies an edit as one undo step (or folds it into the previous one, see {@link EditCommand#absorbs}).
     * While the document is {@linkplain #setLocked locked}, an edit that {@linkplain EditCommand#changesStructure
     * changes the structure} is ignored: the UI disables those edits and says why.
     */
    public void execute(EditCommand command) {
        if (locked && command.changesStructure()) {
            return;
        }
        Topology after = command.apply(topology);
        if (after.equals(topology)) {
            return;
        }
        Step previous = undo.peek();
        if (absorbing && previous != null && previous.command().absorbs(command)) {
            undo.pop();
            undo.push(new Step(command, previous.restore(), previous.restoreSelection()));
        } else {
            undo.push(new Step(command, topology, selection));
            if (undo.size() > HISTORY_LIMIT) {
                undo.removeLast();
            }
        }
        absorbing = true;
        redo.clear();
        topology = after;
        selection = keepExisting(selection, after);
        changed();
    }

    /** Ends the current run of absorbable edits: the next edit starts a new undo step (mouse released). */
    public void endOfGesture() {
        absorbing = false;
    }

    public boolean canUndo() {
        return allowed(undo.peek());
    }

    public boolean canRedo() {
        return allowed(redo.peek());
    }

    /**
     * Locks the structure while a run uses it: only layout edits (moving nodes) and their undo are
     * accepted until it is unlocked. Listeners hear of the change.
     */
    public void setLocked(boolean value) {
        if (locked != value) {
            locked = value;
            absorbing = false;
            changed();
        }
    }

    public boolean isLocked() {
        return locked;
    }

    /**
     * Whether endpoints other machines can reach are accepted: the validation policy every view of
     * this document uses (DESIGN §2: only after the user confirmed it). Listeners hear of a change.
     */
    public boolean allowsNetwork() {
        return allowNetwork;
    }

    public void setAllowNetwork(boolean value) {
        if (allowNetwork != value) {
            allowNetwork = value;
            changed();
        }
    }

    /**
     * The validator's findings on the current topology under this document's policy, immutable. Each
     * topology is validated once, however many views ask after an edit (problems list, canvas marks,
     * save and run checks); a selection change validates nothing.
     */
    public List<Problem> problems() {
        if (validated == null || validated.topology() != topology || validated.allowNetwork() != allowNetwork) {
            validated = new Validated(topology, allowNetwork, List.copyOf(Validator.validate(topology, allowNetwork)));
        }
        return validated.problems();
    }

    /** The name of the edit {@link #undo()} would take back. */
    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(s -> s.command().name());
    }

    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(s -> s.command().name());
    }

    public void undo() {
        if (!canUndo()) {
            return;
        }
        Step step = undo.poll();
        redo.push(new Step(step.command(), topology, selection));
        topology = step.restore();
        selection = keepExisting(step.restoreSelection(), topology);
        absorbing = false;
        changed();
    }

    public void redo() {
        if (!canRedo()) {
            return;
        }
        Step step = redo.poll();
        undo.push(new Step(step.command(), topology, selection));
        topology = step.restore();
        selection = keepExisting(step.restoreSelection(), topology);
        absorbing = false;
        changed();
    }

    public void select(Selection next) {
        Selection kept = keepExisting(Objects.requireNonNull(next), topology);
        if (!kept.equals(selection)) {
            selection = kept;
            changed();
        }
    }

    /** Replaces everything (New, Open): a clean document with no history. {@code file} may be {@code null}. */
    public void reset(Topology opened, Path openedFrom) {
        topology = Objects.requireNonNull(opened);
        savedTopology = opened;
        file = openedFrom;
        selection = Selection.NONE;
        undo.clear();
        redo.clear();
        changed();
    }

    /** Records that the current topology is now on disk at {@code savedTo}. */
    public void markSaved(Path savedTo) {
        savedTopology = topology;
        file = Objects.requireNonNull(savedTo);
        changed();
    }

    private boolean allowed(Step step) {
        return step != null && !(locked && step.command().changesStructure());
    }

    /** Calls {@code listener} after every change of topology, selection, file, saved state, lock or network policy. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }

    private static Selection keepExisting(Selection wanted, Topology in) {
        if (wanted.isEmpty()) {
            return wanted;
        }
        return new Selection(
                wanted.nodeIds().stream().filter(id -> in.node(id).isPresent()).collect(Collectors.toSet()),
                wanted.linkIds().stream().filter(id -> in.link(id).isPresent()).collect(Collectors.toSet()));
    }
}
