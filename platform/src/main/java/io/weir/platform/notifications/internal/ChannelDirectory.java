package io.weir.platform.notifications.internal;

import io.weir.platform.notifications.ChannelHealth;
import io.weir.platform.notifications.DeliveryResult;
import io.weir.platform.notifications.Notification;
import io.weir.platform.notifications.NotificationChannel;
import io.weir.platform.notifications.Recipient;
import io.weir.platform.notifications.VendorContract;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every channel by id, with the health its recent deliveries give it. */
@Component
public class ChannelDirectory {

    private final List<NotificationChannel> channels;
    private final Map<String, NotificationChannel> byId;
    private final ChannelHealthBoard board;
    private final FaultInjection faults;

    ChannelDirectory(List<NotificationChannel> channels, ChannelHealthBoard board, FaultInjection faults) {
        this.channels = channels;
        this.byId = channels.stream().collect(Collectors.toMap(NotificationChannel::id, Function.identity()));
        this.board = board;
        this.faults = faults;
    }

    /** Delivers on the channel, unless a drill injected a fault into it: then fails as the drill says. */
    DeliveryResult deliver(String id, Recipient recipient, Notification notification) {
        return faults.failureFor(id).orElseGet(() -> byId.get(id).deliver(recipient, notification));
    }

    Optional<NotificationChannel> channel(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<NotificationChannel> all() {
        return channels;
    }

    boolean usable(String id) {
        NotificationChannel channel = byId.get(id);
        return channel != null && channel.isConfigured();
    }

    boolean red(String id) {
        return health(id).state() == ChannelHealth.State.RED;
    }

    boolean lastFailedBefore(String id, Instant instant) {
        Instant lastFailed = health(id).lastFailedAt();
        return lastFailed == null || lastFailed.isBefore(instant);
    }

    ChannelHealth health(String id) {
        NotificationChannel channel = byId.get(id);
        return board.health(id, channel != null && channel.isConfigured());
    }

    public Map<String, List<VendorContract>> contracts() {
        Map<String, List<VendorContract>> contracts = new LinkedHashMap<>();
        channels.forEach(channel -> contracts.put(channel.id(), channel.contracts()));
        return contracts;
    }

    public List<ChannelHealth> health() {
        return channels.stream().map(channel -> board.health(channel.id(), channel.isConfigured())).toList();
    }

    /** Records an attempt; true when it turned the channel red. */
    boolean record(DeliveryResult result) {
        return board.record(result);
    }

    /** New settings, new light: the attempts made with the old settings no longer say anything about the channel. */
    void settingsChanged(String id) {
        board.forget(id, result -> true);
    }

    /** Forgets a drill's injected failures, so the drill leaves the channel's light as it found it. */
    void forgetDrill(String id) {
        board.forget(id, FaultInjection::injected);
    }
}
