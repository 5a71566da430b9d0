package dev.hft.risk;

/** Hears what the {@link KillSwitch} does; called on the trading thread from {@link KillSwitch#doWork()}. */
public interface KillSwitchListener {

    /**
     * Reports that every cancel has been sent (or could not be) after a trigger.
     *
     * @param report the counts and the time from trigger to last cancel; valid only during the call (reused).
     */
    void onKillSwitchCompleted(KillSwitchReport report);
}
