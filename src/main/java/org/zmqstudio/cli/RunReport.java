package org.zmqstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zmqstudio.metrics.FlowSnapshot;
import org.zmqstudio.metrics.LatencySummary;
import org.zmqstudio.metrics.NodeSnapshot;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.persistence.JsonLayout;

/**
 * The run report of {@code run --report} (DESIGN.md §6, docs/run-report.md) as JSON text: nodes in
 * topology order, flows in the order the snapshot lists them, a percentile block only where there
 * were latency samples, a flow's {@code sent} only where its share of the sender is known, so that
 * {@code sent = messages + lost + filtered + inFlightAtStop} holds for it; a flow's rates run from the
 * start gate to its last message ({@code activeMillis}), and its steady rate leaves a cold start out.
 * Two-space indent, {@code "key": value}, {@code \n} line ends and a trailing newline, so that the
 * same snapshot always gives the same text. Thread-safe.
 */
final class RunReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(JsonLayout.twoSpaces());

    private RunReport() {
    }

    static String toJson(RunSnapshot run) {
        ObjectNode report = MAPPER.createObjectNode();
        report.put("topology", run.topologyName());
        report.put("elapsedMillis", run.elapsedMillis());
        report.put("activeMillis", run.activeMillis());
        ObjectNode nodes = report.putObject("nodes");
        for (NodeSnapshot node : run.nodes()) {
            ObjectNode entry = nodes.putObject(node.nodeId());
            entry.put("socket", node.socket().name());
            entry.put("sent", node.sent());
            entry.put("received", node.received());
            entry.put("lost", node.lost());
            entry.put("filtered", node.filtered());
            entry.put("inFlightAtStop", node.inFlight());
            entry.put("errors", node.errors());
            putPercentiles(entry, "endToEndMicros", node.endToEnd());
        }
        var flows = report.putArray("flows");
        for (FlowSnapshot flow : run.flows()) {
            ObjectNode entry = flows.addObject();
            entry.put("from", flow.from());
            entry.put("to", flow.to());
            if (flow.sent() != null) {
                entry.put("sent", flow.sent());
            }
            entry.put("messages", flow.messages());
            entry.put("bytes", flow.bytes());
            entry.put("lost", flow.lost());
            entry.put("filtered", flow.filtered());
            entry.put("inFlightAtStop", flow.inFlight());
            entry.put("activeMillis", flow.activeMillis());
            entry.put("messagesPerSecond", Math.round(flow.activePerSecond()));
            entry.put("steadyMessagesPerSecond", Math.round(flow.steadyPerSecond()));
            putPercentiles(entry, "latencyMicros", flow.latency());
        }
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the run report of '" + run.topologyName() + "'", e);
        }
    }

    /** {@code {"p50": …, "p90": …, "p99": …, "max": …}} in µs to 0.1 µs, or nothing without samples. */
    private static void putPercentiles(ObjectNode parent, String name, LatencySummary latency) {
        if (latency == null || latency.isEmpty()) {
            return;
        }
        ObjectNode block = parent.putObject(name);
        block.put("p50", tenths(latency.p50Micros()));
        block.put("p90", tenths(latency.p90Micros()));
        block.put("p99", tenths(latency.p99Micros()));
        block.put("max", tenths(latency.maxMicros()));
    }

    private static double tenths(double micros) {
        return Math.round(micros * 10) / 10.0;
    }
}
