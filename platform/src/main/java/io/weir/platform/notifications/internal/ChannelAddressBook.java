package io.weir.platform.notifications.internal;

import io.weir.platform.identity.UserManagement;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.notifications.ChannelAddress;
import io.weir.platform.shared.InvalidInput;
import io.weir.platform.shared.NotFound;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-person addresses on channels whose accounts are not Weir usernames: WeCom applications and DingTalk work
 * notifications. An account synced from the vendor's address book keeps the username; anyone else gets their id here.
 */
@Service
public class ChannelAddressBook {

    static final String WECOM = "wecom";
    static final String DINGTALK_WORK = "dingtalk-work";
    /**
     * The account formats by channel: WeCom UserIDs are 1 to 64 letters, digits, "_", "-", "@" or "."; DingTalk
     * userids letters, digits, "_" and "-".
     */
    private static final Map<String, Pattern> FORMATS = Map.of(
            WECOM, Pattern.compile("[A-Za-z0-9_@.\\-]{1,64}"),
            DINGTALK_WORK, Pattern.compile("[A-Za-z0-9_\\-]{1,64}"));

    private final ChannelAddresses addresses;
    private final UserManagement users;
    private final Clock clock;

    ChannelAddressBook(ChannelAddresses addresses, UserManagement users, Clock clock) {
        this.addresses = addresses;
        this.users = users;
        this.clock = clock;
    }

    /** Every active user with the address set for them on the channel, by display name. */
    public List<ChannelAddress> list(String channel) {
        requireSupported(channel);
        Map<String, ChannelAddresses.Stored> stored = addresses.all(channel);
        return users.users().stream().filter(WeirUser::active)
                .sorted(Comparator.comparing(WeirUser::displayName))
                .map(user -> {
                    ChannelAddresses.Stored address = stored.get(user.username());
                    return new ChannelAddress(user.username(), user.displayName(), channel,
                            address == null ? null : address.address(), address == null ? null : address.updatedBy(),
                            address == null ? null : address.updatedAt());
                })
                .toList();
    }

    /** Sets the person's address on the channel; an empty one removes it, and the username is used again. */
    @Transactional
    public void set(String channel, String username, String address, String by) {
        requireSupported(channel);
        if (users.user(username).isEmpty()) {
            throw new NotFound("notifications.address.no-such-user", username);
        }
        String trimmed = address == null || address.isBlank() ? null : address.trim();
        if (trimmed != null && !FORMATS.get(channel).matcher(trimmed).matches()) {
            throw InvalidInput.of("address", "notifications.address.format." + channel);
        }
        addresses.set(username, channel, trimmed, by, clock.instant());
    }

    private static void requireSupported(String channel) {
        if (!FORMATS.containsKey(channel)) {
            throw InvalidInput.of("channel", "notifications.address.channel");
        }
    }
}
