package org.zmqstudio.ui.monitor;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A panel made the first time it is needed, not with the window: the run's tables and charts cost
 * the window's start time that a user who only draws never gets back. One thread (the FX thread).
 */
final class Later<T> implements Supplier<T> {

    private final Supplier<T> make;
    private T made;

    Later(Supplier<T> make) {
        this.make = make;
    }

    /** The panel, made now if it was not yet. */
    @Override
    public T get() {
        if (made == null) {
            made = make.get();
        }
        return made;
    }

    /** Calls {@code action} with the panel if it was made; a panel never made has nothing to act on. */
    void ifMade(Consumer<T> action) {
        if (made != null) {
            action.accept(made);
        }
    }
}
