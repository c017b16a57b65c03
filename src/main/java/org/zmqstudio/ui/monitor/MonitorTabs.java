package org.zmqstudio.ui.monitor;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The panel under the canvas: the problems list, and the run's numbers, latency and messages. Ids
 * {@code tab-problems}, {@code tab-stats}, {@code tab-latency}, {@code tab-messages}. A tab takes its
 * content the first time it is selected, so that the window's start makes, styles and lays out only
 * the problems list (tables and charts are costly).
 */
final class MonitorTabs extends TabPane {

    private final Tab stats;
    private final Tab messages;

    /** The panels are made when their tabs are first shown; the problems list is shown at once. */
    MonitorTabs(Node problems, Supplier<? extends Node> statsPanel, Supplier<? extends Node> latency,
                Supplier<? extends Node> events) {
        Tab problemsTab = tab("tab-problems", "Problems", () -> problems);
        stats = tab("tab-stats", "Nodes & flows", statsPanel);
        Tab latencyTab = tab("tab-latency", "Latency", latency);
        messages = tab("tab-messages", "Messages", events);
        getTabs().addAll(problemsTab, stats, latencyTab, messages);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setId("bottom-tabs");
    }

    void showStats() {
        getSelectionModel().select(stats);
    }

    void showMessages() {
        getSelectionModel().select(messages);
    }

    private static Tab tab(String id, String title, Supplier<? extends Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }
}
