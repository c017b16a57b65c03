package org.zmqstudio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zmqstudio.model.TestTopologies.node;
import static org.zmqstudio.model.TestTopologies.topology;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bound of {@link Limits}: the value at the limit is accepted, one above (or below) is refused with its code. */
class ValidatorLimitsTest {

    private static final long MiB = 1024 * 1024;

    /** A node with the value under test, as {@code value -> node}. */
    private record Bound(String field, ProblemCode code, long accepted, long refused, LongFunction<Node> nodeWith) {
        @Override
        public String toString() {
            return field + " " + accepted + " / " + refused;
        }
    }

    private static Node produce(long count, double rate, int size, int parts) {
        return node("n", SocketType.PUSH, new Behavior.Produce(count, rate, "m", size, parts, List.of()));
    }

    private static Node request(long timeoutMillis, int retries) {
        return node("n", SocketType.REQ, new Behavior.Request(0, 1, "r", timeoutMillis, retries));
    }

    private static Node withOptions(SocketOptions options) {
        return node("n", SocketType.PUSH).withOptions(options);
    }

    static Stream<Bound> bounds() {
        ProblemCode field = ProblemCode.E_BEHAVIOR_FIELD;
        ProblemCode option = ProblemCode.E_OPTION_RANGE;
        return Stream.of(
                new Bound("startAfterMillis", option, 86_400_000, 86_400_001, v -> node("n", SocketType.PUSH).withStartAfterMillis(v)),
                new Bound("startAfterMillis", option, 0, -1, v -> node("n", SocketType.PUSH).withStartAfterMillis(v)),
                new Bound("workMillis", field, 86_400_000, 86_400_001, v -> node("n", SocketType.PULL, new Behavior.Consume(List.of(""), v))),
                new Bound("workMillis", field, 86_400_000, 86_400_001, v -> node("n", SocketType.REP, new Behavior.Reply("{request}", v))),
                new Bound("workMillis", field, 86_400_000, 86_400_001, v -> node("n", SocketType.PULL, new Behavior.Relay("out", v))),
                new Bound("timeoutMillis", field, 86_400_000, 86_400_001, v -> request(v, 3)),
                new Bound("timeoutMillis", field, 1, 0, v -> request(v, 3)),
                new Bound("linger", option, 86_400_000, 86_400_001, v -> withOptions(SocketOptions.NONE.withLinger((int) v))),
                new Bound("linger", option, -1, -2, v -> withOptions(SocketOptions.NONE.withLinger((int) v))),
                new Bound("size", field, 64 * MiB, 64 * MiB + 1, v -> produce(1, 10, (int) v, 1)),
                new Bound("parts", field, 1024, 1025, v -> produce(1, 10, 0, (int) v)),
                new Bound("parts", field, 1, 0, v -> produce(1, 10, 0, (int) v)),
                new Bound("count", field, 1_000_000_000_000L, 1_000_000_000_001L, v -> produce(v, 10, 0, 1)),
                new Bound("count", field, 1_000_000_000_000L, 1_000_000_000_001L,
                        v -> node("n", SocketType.REQ, new Behavior.Request(v, 1, "r", 2500, 3))),
                new Bound("rate", field, 10_000_000, 10_000_001, v -> produce(1, v, 0, 1)),
                new Bound("rate", field, 10_000_000, 10_000_001, v -> node("n", SocketType.REQ, new Behavior.Request(0, v, "r", 2500, 3))),
                new Bound("retries", field, 1000, 1001, v -> request(2500, (int) v)),
                new Bound("maxMsgSize", option, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, v -> withOptions(SocketOptions.NONE.withMaxMsgSize(v))),
                new Bound("maxMsgSize", option, -1, -2, v -> withOptions(SocketOptions.NONE.withMaxMsgSize(v))),
                new Bound("sndhwm", option, 1_000_000, 1_000_001, v -> withOptions(SocketOptions.NONE.withSndhwm((int) v))),
                new Bound("rcvhwm", option, 1_000_000, 1_000_001, v -> withOptions(SocketOptions.NONE.withRcvhwm((int) v))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounds")
    void aValueAtItsLimitIsAcceptedAndOneBeyondIsRefusedNamingTheField(Bound bound) {
        List<Problem> atLimit = problems(bound.nodeWith().apply(bound.accepted()));
        List<Problem> beyond = problems(bound.nodeWith().apply(bound.refused()));

        assertEquals(List.of(), atLimit);
        assertEquals(1, beyond.size(), beyond.toString());
        Problem problem = beyond.get(0);
        assertTrue(problem.is(bound.code()), problem.toString());
        assertTrue(problem.message().contains(bound.field()), problem.message());
        assertTrue(problem.message().contains(" but must be "), problem.message());
    }

    @Test
    void aPositionMustBeFiniteAndOnTheCanvas() {
        Node edge = node("n", SocketType.PUSH).withPosition(-1e9, 1e9);

        assertEquals(List.of(), problems(edge));
        for (double bad : new double[] {1.000001e9, Double.POSITIVE_INFINITY, Double.NaN}) {
            List<Problem> found = problems(node("n", SocketType.PUSH).withPosition(0, bad));
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).is(ProblemCode.E_POSITION), found.toString());
        }
    }

    @Test
    void oneMessageOfAllItsPartsMayHaveSixtyFourMebibytesAndNotAByteMore() {
        String payload = "x".repeat(64 * 1024);
        Node atLimit = node("n", SocketType.PUB, new Behavior.Produce(1, 10, payload, 0, 1024, List.of()));
        Node withTopic = node("n", SocketType.PUB, new Behavior.Produce(1, 10, payload, 0, 1024, List.of("", "t")));
        Node withNumbers = node("n", SocketType.PUSH, new Behavior.Produce(1, 10, "{n}".repeat(4000), 0, 1024, List.of()));

        assertEquals(List.of(), problems(atLimit));
        Problem problem = only(withTopic);
        assertTrue(problem.message().contains("'parts'") && problem.message().contains((64 * MiB + 1) + " bytes"), problem.message());
        assertTrue(only(withNumbers).message().contains("up to " + 19L * 4000 * 1024 + " bytes"));
    }

    @Test
    void topicFieldsInAPayloadCountEveryCopyOfTheLongestTopic() {
        String topic = "é".repeat(32 * 1024); // 64 KiB in UTF-8: the topic in front, then 1,023 copies make 64 MiB
        Node node = node("n", SocketType.PUB, new Behavior.Produce(1, 10, "{topic}".repeat(1024), 0, 1, List.of("a", topic)));
        Node fewer = node("n", SocketType.PUB, new Behavior.Produce(1, 10, "{topic}".repeat(1023), 0, 1, List.of("a", topic)));

        assertEquals("payload", fieldIn(only(node)));
        assertEquals(List.of(), problems(fewer));
    }

    @Test
    void aReplyMayCopyTheRequestOnlyOnce() {
        Node once = node("n", SocketType.REP, new Behavior.Reply("re: {request} ({node})", 0));
        Node twice = node("n", SocketType.REP, new Behavior.Reply("{request}{request}", 0));

        assertEquals(List.of(), problems(once));
        assertTrue(only(twice).message().contains("copies {request} 2 times"), only(twice).message());
    }

    private static String fieldIn(Problem problem) {
        String message = problem.message();
        int start = message.indexOf('\'') + 1;
        return message.substring(start, message.indexOf('\'', start));
    }

    private static Problem only(Node node) {
        List<Problem> problems = problems(node);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).is(ProblemCode.E_BEHAVIOR_FIELD), problems.toString());
        return problems.get(0);
    }

    /** The errors of a topology holding only this node (and a PUSH for a relay to send on); warnings left out. */
    private static List<Problem> problems(Node node) {
        return Validator.validate(topology(List.of(node, node("out", SocketType.PUSH))), false).stream()
                .filter(Problem::isError).toList();
    }
}
