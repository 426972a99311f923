package io.weir.platform.notifications;

/** The kinds of alert Weir raises; each has its own channel chain in {@link AlertSettings}. */
public final class AlertTypes {

    public static final String ESCALATION_REP = "escalation-rep";
    public static final String ESCALATION_SUPERVISOR = "escalation-supervisor";
    public static final String RECYCLED = "recycled";
    /** A channel turned red or an alert could not be delivered: goes to every admin on every other channel. */
    public static final String CHANNEL_ALARM = "channel-alarm";
    public static final String DRILL = "drill";

    private AlertTypes() {
    }
}
