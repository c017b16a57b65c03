package org.zmqstudio.model;

/**
 * The largest values the engine honours, which the {@link Validator} enforces (a value above its
 * limit is an {@code E_BEHAVIOR_FIELD} or {@code E_OPTION_RANGE} error naming the limit). The docs
 * state the same numbers.
 */
public final class Limits {

    /** Every time in ms ({@code startAfterMillis}, {@code workMillis}, {@code timeoutMillis}, {@code linger}): one day. */
    public static final long MAX_MILLIS = 86_400_000L;
    /** The bytes of one message: {@code size}, and all its parts rendered together (64 MiB). */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
    /** The frames of one message ({@code parts}). */
    public static final int MAX_PARTS = 1_024;
    /** Messages a sender sends ({@code count}): 10^12; 0 still means no limit. */
    public static final long MAX_COUNT = 1_000_000_000_000L;
    /** Messages per second ({@code rate}); 0 still means as fast as possible. */
    public static final long MAX_RATE = 10_000_000L;
    /** Times a request is retried ({@code retries}). */
    public static final int MAX_RETRIES = 1_000;
    /**
     * Option {@code maxMsgSize} in bytes (or -1, no limit). JeroMQ 0.6.0 takes a long but refuses
     * every frame over {@link Integer#MAX_VALUE} bytes anyway, so larger values would say nothing.
     */
    public static final long MAX_MSG_SIZE_OPTION = Integer.MAX_VALUE;
    /** Options {@code sndhwm} and {@code rcvhwm}, messages (from 1). */
    public static final int MAX_HWM = 1_000_000;
    /** Option {@code identity}, in UTF-8 bytes (ZeroMQ's limit). */
    public static final int MAX_IDENTITY_BYTES = 255;

    /** A node's {@code x} and {@code y} lie within ± this many canvas units (and are finite numbers). */
    public static final double MAX_COORDINATE = 1_000_000_000;

    private Limits() {
    }
}
