package org.zmqstudio.recording;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zmqstudio.metrics.RunSnapshot;
import org.zmqstudio.model.Topology;

/**
 * A whole recorded run, as read back from its file: immutable.
 *
 * @param topology       the topology that ran
 * @param recordedAt     when the recording started (wall clock)
 * @param originNanos    the recording run's {@link System#nanoTime()} when it started: the events'
 *                       nanosecond times count from it
 * @param durationMillis how long the recording lasted, ms
 * @param snapshots      the numbers over time, in time order; the last one is the run's final numbers
 * @param events         the sampled message hops kept, in time order
 * @param eventsLeftOut  message events the recording left out to stay small (see the format document)
 */
public record Recording(Topology topology, Instant recordedAt, long originNanos, long durationMillis,
                        List<RecordedSnapshot> snapshots, List<RecordedEvent> events, long eventsLeftOut) {

    public Recording {
        Objects.requireNonNull(topology);
        Objects.requireNonNull(recordedAt);
        snapshots = List.copyOf(snapshots);
        events = List.copyOf(events);
    }

    /** The numbers shown at {@code atMillis}: the last snapshot taken by then, or empty before the first. */
    public Optional<RunSnapshot> snapshotAt(long atMillis) {
        int low = 0;
        int high = snapshots.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (snapshots.get(middle).atMillis() <= atMillis) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(snapshots.get(found).snapshot());
    }

    /** The index of the first event recorded after {@code atMillis} ({@code events().size()} when none is). */
    public int firstEventAfter(long atMillis) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (events.get(middle).atMillis() <= atMillis) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The run's final numbers: the last snapshot. */
    public RunSnapshot last() {
        return snapshots.get(snapshots.size() - 1).snapshot();
    }
}
