package org.zmqstudio.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.RunSnapshot;

/** A run's numbers as the one-line notes a picture shows: per node sent, received and lost; per link its rate. */
final class PictureNotes {

    private PictureNotes() {
    }

    /** {@code node id → "↑120  ↓118  ✕2"}. */
    static Map<String, String> ofNodes(RunSnapshot snapshot) {
        Map<String, String> notes = new HashMap<>();
        for (NodeSnapshot node : snapshot.nodes()) {
            notes.put(node.nodeId(), "↑" + count(node.sent()) + "  ↓" + count(node.received())
                    + (node.lost() > 0 ? "  ✕" + count(node.lost()) : ""));
        }
        return notes;
    }

    /** {@code link id → "1,200/s"}, the link's flows added up; links without messages have none. */
    static Map<String, String> ofLinks(RunSnapshot snapshot) {
        Map<String, Double> rates = new HashMap<>();
        Map<String, Long> messages = new HashMap<>();
        for (FlowSnapshot flow : snapshot.flows()) {
            rates.merge(flow.linkId(), flow.messagesPerSecond(), Double::sum);
            messages.merge(flow.linkId(), flow.messages(), Long::sum);
        }
        Map<String, String> notes = new HashMap<>();
        messages.forEach((link, count) -> {
            if (count > 0) {
                notes.put(link, count(Math.round(rates.get(link))) + "/s");
            }
        });
        return notes;
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
