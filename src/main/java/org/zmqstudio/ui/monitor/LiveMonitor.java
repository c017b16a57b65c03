package org.zmqstudio.ui.monitor;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.MessageEvent;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.ElementRef;
import org.zmqstudio.model.Topology;
import org.zmqstudio.runtime.RunOptions;
import org.zmqstudio.recording.Recording;
import org.zmqstudio.recording.RecordingException;
import org.zmqstudio.recording.RecordingReader;
import org.zmqstudio.ui.canvas.TopologyCanvas;
import org.zmqstudio.ui.editor.EditorDocument;
import org.zmqstudio.ui.editor.Selection;
import org.zmqstudio.ui.monitor.RunController.Mode;

/**
 * The live monitor in the window: runs the document's topology, locks its structure meanwhile,
 * draws the run over the canvas, fills the stats, latency and message panels, and offers the
 * fault menu on the canvas's nodes; records runs and replays recordings the same way. One clock: the run's single animation timer pulls a frame and
 * the canvas draws it in that same pulse; the panels refresh only when the numbers do (a few times
 * a second).
 * UI thread only.
 */
public final class LiveMonitor {

    private final EditorDocument document;
    private final TopologyCanvas canvas;
    private final Consumer<String> say;
    private final RunController controller = new RunController();
    private final RunActions actions;
    private final Later<StatsPanel> stats = new Later<>(StatsPanel::new);
    private final Later<LatencyChart> latency = new Later<>(LatencyChart::new);
    private final Later<EventLogPanel> events = new Later<>(this::eventPanel);
    private final MonitorTabs tabs;
    private final VBox bottom;
    private MonitorLayer layer;
    /** The topology the layer draws: the one that runs, or the one that could not start; {@code null} before. */
    private Topology running;
    private RunSnapshot shownSnapshot;
    /** Set when the run was forgotten for another topology: its end then leaves the status line alone. */
    private boolean forgotten;
    /** Whether the document may be replaced by a recording's topology (asking about unsaved changes). */
    private BooleanSupplier mayReplaceDocument;

    /**
     * @param problems the problems list, the first tab of the bottom panel
     * @param say      shows one line in the status bar
     */
    public LiveMonitor(EditorDocument document, TopologyCanvas canvas, Node problems, Consumer<String> say) {
        this.document = document;
        this.canvas = canvas;
        this.say = say;
        this.mayReplaceDocument = () -> !document.isDirty();
        this.actions = new RunActions(controller, this::start, this::startPaused, this::startRecorded,
                this::chooseRecordingToOpen);
        this.tabs = new MonitorTabs(problems, stats, latency, events);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        this.bottom = new VBox(actions.replayBar(), tabs);
        controller.modeProperty().addListener((o, was, mode) -> modeChanged(mode));
        controller.frameProperty().addListener((o, was, frame) -> frameArrived(frame));
        controller.failureProperty().addListener((o, was, failure) -> failed(failure));
        controller.setOnStarted(this::started);
        controller.setOnRecordingDone(say);
        document.addListener(this::documentChanged);
        canvas.setOnNodeMenu(new FaultMenu(controller, canvas, this::showDiagnosis)::show);
    }

    public RunActions actions() {
        return actions;
    }

    public RunController controller() {
        return controller;
    }

    private EventLogPanel eventPanel() {
        EventLogPanel panel = new EventLogPanel();
        panel.setOnMessageSelected(this::highlightPath);
        return panel;
    }

    /**
     * Opens the diagnosis of a node's or a link's lost, filtered and stranded messages in the last
     * run (a node's context menu on the canvas, "Why messages were lost here…", leads here).
     */
    public void showDiagnosis(ElementRef place) {
        stats.get().showDiagnosis(place);
    }

    /** The panel under the canvas: the replay's timeline while a recording plays, then the tabs: problems, nodes and flows, latency, messages. */
    public Node bottomPanel() {
        return bottom;
    }

    /**
     * Forgets the last run, for a topology that replaced the one that ran (opened, new, an example):
     * stops it if it still runs, empties the tables, latency charts, messages and their filter, and
     * takes its drawing (tokens, numbers, a failure callout) off the canvas.
     */
    public void forgetRun() {
        forgotten = controller.mode() != Mode.EDITING;
        controller.forgetRun();
        canvas.setLiveLayer(null);
        layer = null;
        running = null;
        clearPanels();
    }

    private void clearPanels() {
        clearNumbers();
        events.ifMade(EventLogPanel::clear);
    }

    /** Empties the tables and charts (a new run keeps the Messages filter the user typed). */
    private void clearNumbers() {
        shownSnapshot = null;
        stats.ifMade(StatsPanel::clear);
        latency.ifMade(LatencyChart::clear);
    }

    /** Space steps while the run is paused for stepping, or the replay is paused (unless a text field has the focus). */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean paused = controller.mode() == Mode.STEPPING
                    || controller.mode() == Mode.REPLAYING && !controller.replayPlayingProperty().get();
            if (event.getCode() == KeyCode.SPACE && paused && !(scene.getFocusOwner() instanceof TextInputControl)) {
                controller.step();
            }
        });
    }

    /**
     * How to ask before a recording's topology replaces the document's (the window asks about unsaved
     * changes; without it a document with unsaved changes is not replaced).
     */
    public void setMayReplaceDocument(BooleanSupplier ask) {
        mayReplaceDocument = ask;
    }

    /**
     * Opens the recording {@code file} and replays it on the canvas with its topology, which replaces the
     * document's; a file that is not a whole recording this version reads is refused with one sentence
     * in the status line, and nothing is opened. Reads off the UI thread.
     */
    public void openRecording(Path file) {
        Thread reader = new Thread(() -> {
            try {
                Recording recording = RecordingReader.read(file);
                Platform.runLater(() -> replay(recording, file));
            } catch (RecordingException e) {
                Platform.runLater(() -> say.accept("Did not open the recording: " + e.getMessage()));
            }
        }, "zmq-studio-recording-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void replay(Recording recording, Path file) {
        if (controller.mode() != Mode.EDITING) {
            say.accept("Did not open the recording: stop the run first.");
            return;
        }
        if (!mayReplaceDocument.getAsBoolean()) {
            say.accept("Did not open the recording: the topology shown has unsaved changes.");
            return;
        }
        forgetRun();
        document.reset(recording.topology(), null);
        canvas.fitToWindow();
        controller.replay(recording);
        say.accept("Replaying " + file.getFileName() + " (" + nameOf(recording.topology()) + ", "
                + String.format(Locale.ROOT, "%.1f s", recording.durationMillis() / 1000.0)
                + "): drag the timeline to move in time; Pause, Step and Speed work as in a run; Stop ends it.");
    }

    private void start() {
        controller.run(document.topology(), document.problems(), document.allowsNetwork());
    }

    private void startPaused() {
        controller.runPaused(document.topology(), document.problems(), document.allowsNetwork());
    }

    private void startRecorded() {
        FileChooser chooser = recordingChooser("Record the run to");
        String name = document.file() == null ? "run" : document.file().getFileName().toString().replaceFirst("\\.json$", "");
        chooser.setInitialFileName(name + ".recording.jsonl");
        File file = chooser.showSaveDialog(canvas.getScene().getWindow());
        if (file != null) {
            controller.recordNextRun(file.toPath());
            start();
        }
    }

    private void chooseRecordingToOpen() {
        File file = recordingChooser("Open a recording").showOpenDialog(canvas.getScene().getWindow());
        if (file != null) {
            openRecording(file.toPath());
        }
    }

    private FileChooser recordingChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Recordings (*.jsonl)", "*.jsonl"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (document.file() != null && document.file().toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(document.file().toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    /** Whoever asked for the run (the Run action, a test, the bench), it is drawn from the topology that runs. */
    private void started(MonitorSource source) {
        running = source.topology();
        layer = new MonitorLayer(running);
        canvas.setLiveLayer(layer);
        clearNumbers();
        events.get().attach(source.eventLog(), source.originNanos(), source.explanations());
        stats.get().attach(source.eventLog(), source.explanations());
        tabs.showStats();
    }

    /** The status line says what the run is doing at every change of its mode. */
    private void modeChanged(Mode mode) {
        document.setLocked(mode != Mode.EDITING);
        switch (mode) {
            case STARTING -> say.accept("Starting " + nameOf(document.topology()) + ": binding, connecting, waiting for the handshakes…");
            case RUNNING -> {
                say.accept("Running " + controller.live().map(live -> nameOf(live.topology())).orElse("")
                        + (controller.live().map(LiveRun::recorded).orElse(false) ? ", recording it" : "")
                        + ": right-click a socket to kill, restart or pause it."
                        + (controller.figuresHeldDown() ? " " + RunOptions.HELD_DOWN_NOTE : ""));
                tabs.showStats();
            }
            case REPLAYING -> tabs.showStats();
            case STEPPING -> {
                say.accept("Paused: press Step (F7 or Space) to let one message out; the Messages tab says where it went.");
                tabs.showMessages();
            }
            case STOPPING -> {
                if (controller.failureProperty().get() == null) {
                    say.accept("Stopping the run…");
                }
            }
            case EDITING -> {
                if (forgotten) {
                    forgotten = false;
                } else if (controller.failureProperty().get() == null) {
                    canvas.setLiveLayer(null);
                    layer = null;
                    say.accept("Stopped: the numbers of the run stay in the tabs below until the next run.");
                }
            }
        }
    }

    private static String nameOf(Topology topology) {
        return topology.name().isBlank() ? "the topology" : topology.name();
    }

    private void frameArrived(MonitorFrame frame) {
        if (frame == null || layer == null) {
            return;
        }
        layer.show(frame, System.nanoTime());
        canvas.drawLiveFrame();
        if (frame.snapshot() != shownSnapshot) {
            shownSnapshot = frame.snapshot();
            stats.get().show(shownSnapshot);
            events.get().refresh();
            showLatencyOfSelection();
        }
    }

    private void failed(RunFailure failure) {
        if (failure == null) {
            return;
        }
        say.accept(failure.message());
        if (layer == null) {
            running = document.topology();
            layer = new MonitorLayer(running);
            canvas.setLiveLayer(layer);
        }
        layer.showFailure(failure);
        canvas.redrawLive();
    }

    private void documentChanged() {
        if (controller.mode() == Mode.EDITING) {
            if (layer != null && !document.topology().equals(running)) {
                canvas.setLiveLayer(null);
                layer = null;
            }
        } else if (running != null && !sameStructure(document.topology(), running)) {
            controller.stop();
        }
        if (controller.mode() != Mode.EDITING) {
            showLatencyOfSelection();
        }
        if (layer != null) {
            layer.select(document.selection().linkIds());
        }
    }

    /** Whether the two topologies would run the same, whatever their layout. */
    private static boolean sameStructure(Topology a, Topology b) {
        return a.links().equals(b.links())
                && a.nodes().stream().map(n -> n.withPosition(0, 0)).toList()
                .equals(b.nodes().stream().map(n -> n.withPosition(0, 0)).toList());
    }

    /** The latency chart follows the selected link (its busiest flow) or node (end-to-end). */
    private void showLatencyOfSelection() {
        Optional<MonitorSource> live = controller.source();
        if (live.isEmpty()) {
            return;
        }
        Selection selection = document.selection();
        RunSnapshot snapshot = live.get().snapshot();
        LatencyHistory history = live.get().latencyHistory();
        if (selection.linkIds().size() == 1) {
            String linkId = selection.linkIds().iterator().next();
            snapshot.flows().stream()
                    .filter(f -> f.linkId().equals(linkId))
                    .max((a, b) -> Long.compare(a.messages(), b.messages()))
                    .ifPresentOrElse(flow -> latency.get().show("Hop latency " + flow.from() + " → " + flow.to(),
                                    history.points(LatencyHistory.flowKey(flow.from(), flow.to())), flow.latency()),
                            () -> latency.get().show("No message on link " + linkId + " yet", List.of(), LatencySummary.EMPTY));
        } else if (selection.nodeIds().size() == 1) {
            String nodeId = selection.nodeIds().iterator().next();
            snapshot.node(nodeId).ifPresent(node -> latency.get().show("End-to-end latency at " + nodeId,
                    history.points(nodeId), node.endToEnd()));
        }
    }

    /** Highlights the links the selected message travelled, as far as the log saw it. */
    private void highlightPath(long messageId) {
        if (layer == null) {
            return;
        }
        Set<String> path = controller.source().map(live -> live.eventLog().matching("").stream()
                .filter(e -> e.messageId() == messageId)
                .map(MessageEvent::linkId)
                .collect(Collectors.toSet())).orElse(Set.of());
        layer.highlight(path);
        canvas.redrawLive();
    }
}
