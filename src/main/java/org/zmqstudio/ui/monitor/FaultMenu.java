package org.zmqstudio.ui.monitor;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.NodeState;
import org.zmqstudio.model.ElementRef;
import org.zmqstudio.runtime.RunHandle;

/**
 * The faults a user can inject into a running node from its context menu: kill, restart, pause
 * (a slow consumer: queues fill to the high-water mark), resume, and a new work time per message.
 * Items ids: {@code fault-kill}, {@code fault-restart}, {@code fault-pause}, {@code fault-resume},
 * {@code fault-work}, and {@code fault-diagnosis}, which opens the diagnosis of the node's lost, filtered
 * and stranded messages. Shows nothing while no run is live.
 */
final class FaultMenu {

    private final RunController controller;
    private final Node owner;
    private final Consumer<ElementRef> diagnose;
    private final ContextMenu menu = new ContextMenu();

    /**
     * @param owner    the node the menu belongs to (the canvas)
     * @param diagnose opens the diagnosis of a node's losses
     */
    FaultMenu(RunController controller, Node owner, Consumer<ElementRef> diagnose) {
        this.controller = controller;
        this.owner = owner;
        this.diagnose = diagnose;
        menu.setId("fault-menu");
    }

    void show(String nodeId, double screenX, double screenY) {
        Optional<LiveRun> live = controller.live();
        if (live.isEmpty()) {
            return;
        }
        RunHandle handle = live.get().handle();
        NodeState state = live.get().snapshot().node(nodeId).map(NodeSnapshot::state).orElse(NodeState.RUNNING);
        boolean dead = state == NodeState.DEAD;
        menu.getItems().setAll(
                item("fault-kill", "Kill " + nodeId + " (close its socket)", !dead, () -> handle.kill(nodeId)),
                item("fault-restart", "Restart " + nodeId, dead, () -> handle.restart(nodeId)),
                new SeparatorMenuItem(),
                item("fault-pause", "Pause " + nodeId + " (stop receiving)", !dead && state != NodeState.PAUSED,
                        () -> handle.pause(nodeId)),
                item("fault-resume", "Resume " + nodeId, state == NodeState.PAUSED, () -> handle.resume(nodeId)),
                item("fault-work", "Work time per message…", !dead, () -> askWorkMillis(handle, nodeId)),
                new SeparatorMenuItem(),
                item("fault-diagnosis", "Why messages were lost here…", true, () -> diagnose.accept(ElementRef.node(nodeId))));
        menu.show(owner, screenX, screenY);
    }

    private static MenuItem item(String id, String text, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setDisable(!enabled);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Asks for milliseconds of simulated work per message; a value that is not a whole number ≥ 0 is refused with a message. */
    private static void askWorkMillis(RunHandle handle, String nodeId) {
        TextInputDialog dialog = new TextInputDialog("0");
        dialog.setTitle("Work time");
        dialog.setHeaderText("Milliseconds " + nodeId + " works on each message (0 = none).\n"
                + "A slow worker shows how PUSH keeps routing to the others and how queues fill.");
        dialog.showAndWait().ifPresent(text -> {
            try {
                long millis = Long.parseLong(text.strip());
                if (millis < 0 || millis > 60_000) {
                    throw new NumberFormatException();
                }
                handle.setWorkMillis(nodeId, millis);
            } catch (NumberFormatException e) {
                new Alert(Alert.AlertType.WARNING,
                        "'" + text + "' is not a work time: give whole milliseconds from 0 to 60000.").showAndWait();
            }
        });
    }
}
