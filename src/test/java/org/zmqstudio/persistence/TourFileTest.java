package org.zmqstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zmqstudio.model.Topology;
import org.zmqstudio.model.TourAction;
import org.zmqstudio.model.TourStep;

class TourFileTest {

    private static final String HEAD = """
            {"format": "zmq-studio/topology", "version": 1,
             "nodes": [{"id": "a", "socket": "PUSH"}, {"id": "b", "socket": "PULL"}],
             "links": [{"connect": "b", "bind": "a"}],
             "tour": [""";

    private static Topology parse(String steps) throws TopologyFileException {
        return TopologyFiles.parse(HEAD + steps + "]}", "t.json");
    }

    private static String refusal(String steps) {
        return assertThrows(TopologyFileException.class, () -> parse(steps)).getMessage();
    }

    @Test
    void everyActionFormIsReadWithItsArgument() throws Exception {
        Topology topology = parse("""
                {"say": "1", "do": "run"}, {"say": "2", "do": "run-paused"}, {"say": "3", "do": "pause"},
                {"say": "4", "do": "step"}, {"say": "5", "do": "step:25"}, {"say": "6", "do": "kill:b"},
                {"say": "7", "do": "restart:b"}, {"say": "8", "do": "none"}, {"say": "9", "focus": ["a", "b->a"]}
                """);

        List<TourAction> actions = topology.tour().stream().map(TourStep::action).toList();
        assertEquals(List.of(TourAction.Kind.RUN, TourAction.Kind.RUN_PAUSED, TourAction.Kind.PAUSE, TourAction.Kind.STEP,
                TourAction.Kind.STEP, TourAction.Kind.KILL, TourAction.Kind.RESTART, TourAction.Kind.NONE,
                TourAction.Kind.NONE), actions.stream().map(TourAction::kind).toList());
        assertEquals(1, actions.get(3).count());
        assertEquals(25, actions.get(4).count());
        assertEquals("b", actions.get(5).nodeId());
        assertEquals(List.of("a", "b->a"), topology.tour().get(8).focus());
    }

    @Test
    void anUnknownActionIsRefusedWithItsStepNumberAndTheClosestForm() {
        assertEquals("unknown action 'runpaused' in tour step 2 (did you mean 'run-paused'?)",
                refusal("{\"say\": \"x\"}, {\"say\": \"y\", \"do\": \"runpaused\"}"));
        assertEquals("unknown action 'jump' in tour step 1; use one of run, run-paused, pause, step, step:N, kill:ID, restart:ID, none",
                refusal("{\"say\": \"x\", \"do\": \"jump\"}"));
    }

    @Test
    void aStepCountOutsideOneToAThousandIsAnUnknownAction() {
        assertEquals("unknown action 'step:0' in tour step 1 (did you mean 'step:N'?)", refusal("{\"say\": \"x\", \"do\": \"step:0\"}"));
        assertEquals("unknown action 'step:1001' in tour step 1; use one of run, run-paused, pause, step, step:N, kill:ID, restart:ID, none",
                refusal("{\"say\": \"x\", \"do\": \"step:1001\"}"));
    }

    @Test
    void anUnknownStepFieldIsNamedWithItsStepNumber() {
        assertEquals("unknown field 'focuss' in tour step 2 (did you mean 'focus'?)",
                refusal("{\"say\": \"x\"}, {\"focuss\": []}"));
        assertEquals("unknown field 'wait' in tour step 1; known fields: say, focus, do",
                refusal("{\"say\": \"x\", \"wait\": 3}"));
    }

    @Test
    void aStepOfTheWrongShapeSaysWhatIsExpected() {
        assertEquals("tour step 1 must be an object { … }", refusal("\"run\""));
        assertEquals("'focus' in tour step 1 must be a list [ … ]", refusal("{\"say\": \"x\", \"focus\": \"a\"}"));
    }

    @Test
    void aTopologyWithoutATourIsWrittenWithoutOne() throws Exception {
        Topology topology = parse("").withTour(List.of());

        assertEquals(false, TopologyFiles.toJson(topology).contains("tour"));
    }
}
