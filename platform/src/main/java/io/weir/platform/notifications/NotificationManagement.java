package io.weir.platform.notifications;

import io.weir.platform.notifications.internal.AlertRaising;
import io.weir.platform.notifications.internal.ChannelAddressBook;
import io.weir.platform.notifications.internal.ChannelDirectory;
import io.weir.platform.notifications.internal.ChannelSettingsEditor;
import io.weir.platform.notifications.internal.ChannelTestSend;
import io.weir.platform.notifications.internal.Drills;
import io.weir.platform.notifications.internal.InAppInbox;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises alerts (recorded, then delivered along their channel chain), reports channel health and serves the bell. */
@Service
public class NotificationManagement {

    private final AlertRaising alerts;
    private final ChannelDirectory channels;
    private final ChannelTestSend testSend;
    private final Drills drills;
    private final InAppInbox inbox;
    private final ChannelSettingsEditor settings;
    private final ChannelAddressBook addresses;

    NotificationManagement(AlertRaising alerts, ChannelDirectory channels, ChannelTestSend testSend, Drills drills,
                           InAppInbox inbox, ChannelSettingsEditor settings, ChannelAddressBook addresses) {
        this.settings = settings;
        this.addresses = addresses;
        this.testSend = testSend;
        this.drills = drills;
        this.alerts = alerts;
        this.channels = channels;
        this.inbox = inbox;
    }

    /** Records the alert for the bell and its type's channel chain; it is sent once the caller's transaction commits. */
    @Transactional
    public void raise(String alertType, Notification notification) {
        alerts.raise(alertType, notification, null);
    }

    /** Sends a test message on one channel to one person now; the result carries the vendor's code if it failed. */
    public DeliveryResult testSend(String channel, String username) {
        return testSend.send(channel, username);
    }

    /**
     * Runs a fault-injection drill on the channel now and returns its report (at most one alert budget later). The
     * drill alert goes to {@code initiatedBy}.
     */
    public DrillReport drill(String channel, FailureClass failureClass, String initiatedBy) {
        return drills.run(channel, failureClass, initiatedBy);
    }

    public List<DrillReport> drills(int limit) {
        return drills.latest(limit);
    }

    /** The channels whose settings an admin may edit here. */
    public java.util.Set<String> editableChannels() {
        return settings.editableChannels();
    }

    /** A channel's settings in force, secrets only as set or not, with its latest saves. */
    public ChannelSettings channelSettings(String channel) {
        return settings.settings(channel);
    }

    /** Asks the vendor about edited settings (read-only calls, no message to anyone) without saving them. */
    public SandboxCheck checkChannelSettings(String channel, Map<String, String> edited) {
        return settings.check(channel, edited);
    }

    /**
     * Saves edited settings once the sandbox check passed and puts them in force; an empty secret keeps the one in
     * force. {@code expectedVersion} is the version the editor started from.
     */
    public ChannelSettings saveChannelSettings(String channel, Map<String, String> edited, int expectedVersion,
                                               String savedBy) {
        return settings.save(channel, edited, expectedVersion, savedBy);
    }

    /** What a sandbox check step says, in the given language where Weir worded it, else as the vendor did. */
    public String sandboxStepWording(SandboxCheck.Step step, java.util.Locale locale) {
        return settings.wording(step, locale);
    }

    /** Clears every setting of the channel, its secrets included, so it skips every delivery from now on. */
    public ChannelSettings switchOffChannel(String channel, int expectedVersion, String switchedOffBy) {
        return settings.switchOff(channel, expectedVersion, switchedOffBy);
    }

    /** Every active person's address on the channel ({@code wecom}: their WeCom UserID), set or not. */
    public List<ChannelAddress> channelAddresses(String channel) {
        return addresses.list(channel);
    }

    /** Sets a person's address on the channel; an empty one goes back to their username. */
    public void setChannelAddress(String channel, String username, String address, String setBy) {
        addresses.set(channel, username, address, setBy);
    }

    /** The vendor APIs each channel implements, by channel id. */
    public Map<String, List<VendorContract>> contracts() {
        return channels.contracts();
    }

    /** Every channel's health from its recent deliveries, for the status light on every page. */
    public List<ChannelHealth> channelHealth() {
        return channels.health();
    }

    public int unreadCount(String username) {
        return inbox.unreadCount(username);
    }

    public List<InAppNotification> latest(String username, int limit) {
        return inbox.latest(username, limit);
    }

    public void markAllRead(String username) {
        inbox.markAllRead(username);
    }
}
