package org.zmqstudio.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.zmqstudio.metrics.NodeCounters;
import org.zmqstudio.metrics.NodeState;

class StepGateTest {

    private final StepGate gate = new StepGate(2);
    private final NodeCounters first = new NodeCounters();
    private final NodeCounters second = new NodeCounters();

    @Test
    void aSenderShowsHeldFromItsSecondRefusalAndRunningWhenItTakesItsPermit() {
        first.state(NodeState.RUNNING);
        gate.enabled(true);

        assertFalse(gate.mayOriginate(0, first));
        assertEquals(NodeState.RUNNING, first.state(), "the step that was refused publishes its counts first");
        assertFalse(gate.mayOriginate(0, first));
        assertEquals(NodeState.HELD, first.state());

        gate.step();
        assertTrue(gate.mayOriginate(0, first));
        assertEquals(NodeState.RUNNING, first.state());
        assertFalse(gate.mayOriginate(0, first), "one message per step");
    }

    @Test
    void eachStepLetsTheSenderThatWaitedLongestGo() {
        gate.enabled(true);
        assertFalse(gate.mayOriginate(1, second));
        assertFalse(gate.mayOriginate(0, first));

        gate.step();
        assertFalse(gate.mayOriginate(0, first));
        assertTrue(gate.mayOriginate(1, second));
        gate.step();
        assertTrue(gate.mayOriginate(0, first));
    }

    @Test
    void leavingStepModeLetsEverySenderGoAndForgetsThePermits() {
        gate.enabled(true);
        assertFalse(gate.mayOriginate(0, first));
        gate.step();
        gate.enabled(false);
        assertTrue(gate.mayOriginate(1, second));

        gate.enabled(true);
        assertFalse(gate.mayOriginate(0, first), "the permit of the earlier step mode is gone");
    }
}
