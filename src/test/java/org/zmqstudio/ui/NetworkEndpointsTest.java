package org.zmqstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.zmqstudio.model.Link;
import org.zmqstudio.model.Node;
import org.zmqstudio.model.Problem;
import org.zmqstudio.model.SocketType;
import org.zmqstudio.model.Topology;

/** Network endpoints are refused until the user turns the setting on in the Run menu and confirms it. */
class NetworkEndpointsTest extends EditorWindowTestBase {

    private static final Topology ON_THE_NETWORK = new Topology("Exposed", "", List.of(
            Node.of("vent", SocketType.PUSH, 0, 0).withEndpoint("tcp://0.0.0.0:*"),
            Node.of("sink", SocketType.PULL, 300, 0)),
            List.of(Link.between("sink", "vent")));

    @SuppressWarnings("unchecked")
    private List<String> listedCodes(FxRobot robot) {
        ListView<Problem> list = robot.lookup("#problems-list").queryAs(ListView.class);
        return list.getItems().stream().map(Problem::code).toList();
    }

    private void toggleSetting(FxRobot robot) {
        robot.clickOn("#menu-run-menu").clickOn("Allow network endpoints…");
    }

    @Test
    void aNetworkEndpointIsAnErrorUntilTheUserConfirmsTheSetting(FxRobot robot) throws Exception {
        onFx(() -> document().reset(ON_THE_NETWORK, null));
        waitUntil(() -> listedCodes(robot).contains("E_ENDPOINT_NETWORK"));

        dialogs.confirmations.add(false);
        toggleSetting(robot);
        waitUntil(() -> dialogs.confirmQuestions.size() == 1);
        assertFalse(document().allowsNetwork(), "declining keeps the setting off");
        assertTrue(listedCodes(robot).contains("E_ENDPOINT_NETWORK"));

        dialogs.confirmations.add(true);
        toggleSetting(robot);
        waitUntil(() -> !listedCodes(robot).contains("E_ENDPOINT_NETWORK"));
        assertTrue(document().allowsNetwork());

        toggleSetting(robot);
        waitUntil(() -> listedCodes(robot).contains("E_ENDPOINT_NETWORK"));
        assertEquals(2, dialogs.confirmQuestions.size(), "turning it off asks nothing");
    }
}
