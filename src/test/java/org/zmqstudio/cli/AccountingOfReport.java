package org.zmqstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

/** The accounting identity of docs/run-report.md, checked on a written report. */
final class AccountingOfReport {

    private AccountingOfReport() {
    }

    /** Every flow with a {@code sent}: sent = messages + lost + filtered + inFlightAtStop. */
    static void assertCloses(JsonNode report) {
        for (JsonNode flow : report.get("flows")) {
            if (flow.has("sent")) {
                long accounted = flow.get("messages").asLong() + flow.get("lost").asLong()
                        + flow.get("filtered").asLong() + flow.get("inFlightAtStop").asLong();
                assertEquals(flow.get("sent").asLong(), accounted, flow.toString());
            }
        }
    }
}
