package dev.hft.risk;

/** Why the kill switch was triggered. */
public enum KillReason {

    /** Not triggered. */
    NONE,

    /** An operator or host code called {@link KillSwitch#trigger(KillReason)} (any thread). */
    MANUAL,

    /** A daily-loss limit configured with {@link BreachAction#KILL_SWITCH} was breached. */
    DAILY_LOSS,

    /** A drawdown limit configured with {@link BreachAction#KILL_SWITCH} was breached. */
    DRAWDOWN,

    /** A fill-rate limit configured with {@link BreachAction#KILL_SWITCH} was breached. */
    FILL_RATE,

    /** A venue session went from connected to disconnected under {@link BreachAction#KILL_SWITCH} policy. */
    VENUE_DISCONNECT
}
