package io.weir.platform.notifications;

import java.time.Instant;

/**
 * How a person is reached on a channel whose accounts are not Weir's usernames, such as WeCom UserIDs.
 *
 * @param address the address set by an admin, {@code null} while the username is used
 */
public record ChannelAddress(String username, String displayName, String channel, String address, String updatedBy,
                             Instant updatedAt) {

    /** What the channel uses: the address set, else the username. */
    public String effective() {
        return address == null ? username : address;
    }
}
