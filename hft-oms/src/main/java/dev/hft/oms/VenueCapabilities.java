package dev.hft.oms;

import dev.hft.api.ExecInstructions;
import dev.hft.api.TimeInForce;

/**
 * What a venue supports natively: the {@link OrderManager} passes these through to the venue and emulates the rest
 * locally (IOC: canceled as soon as it is accepted; DAY/GTD: canceled by {@link OrderManager#doWork(long)} at its
 * expiry; post-only: refused if it would take at the last BBO; FOK, OPENING and CLOSE cannot be emulated and are
 * refused). Immutable.
 */
public final class VenueCapabilities {

    /** A venue that supports every time in force and instruction. */
    public static final VenueCapabilities ALL = new VenueCapabilities(-1, ExecInstructions.ALL);

    private final int timeInForceMask;
    private final int execInstructions;

    /**
     * Creates capabilities.
     *
     * @param timeInForceMask  bit {@code 1 << tif.ordinal()} set for each supported {@link TimeInForce}.
     * @param execInstructions supported {@link ExecInstructions} flags.
     */
    public VenueCapabilities(final int timeInForceMask, final int execInstructions) {
        this.timeInForceMask = timeInForceMask;
        this.execInstructions = execInstructions;
    }

    /**
     * Builds capabilities from a list of supported times in force.
     *
     * @param execInstructions supported {@link ExecInstructions} flags.
     * @param timesInForce     supported times in force.
     * @return the capabilities.
     */
    public static VenueCapabilities of(final int execInstructions, final TimeInForce... timesInForce) {
        int mask = 0;
        for (final TimeInForce tif : timesInForce) {
            mask |= 1 << tif.ordinal();
        }
        return new VenueCapabilities(mask, execInstructions);
    }

    /**
     * Tells whether the venue supports a time in force.
     *
     * @param timeInForce time in force.
     * @return {@code true} if native.
     */
    public boolean supports(final TimeInForce timeInForce) {
        return (timeInForceMask & (1 << timeInForce.ordinal())) != 0;
    }

    /**
     * Tells whether the venue supports every given instruction.
     *
     * @param flags {@link ExecInstructions} flags.
     * @return {@code true} if all are native.
     */
    public boolean supportsInstructions(final int flags) {
        return (execInstructions & flags) == flags;
    }

    /**
     * Returns the supported instructions.
     *
     * @return flags.
     */
    public int execInstructions() {
        return execInstructions;
    }
}
