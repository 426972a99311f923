package io.weir.platform.notifications.internal;

import io.weir.platform.identity.UserManagement;
import io.weir.platform.notifications.Recipient;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Where a Weir user can be reached; someone unknown keeps their name and no addresses but the account ids set for them. */
@Component
class Recipients {

    private final UserManagement users;
    private final ChannelAddresses addresses;

    Recipients(UserManagement users, ChannelAddresses addresses) {
        this.users = users;
        this.addresses = addresses;
    }

    Recipient of(String username) {
        Map<String, String> accounts = addresses.of(username);
        String weComUserId = accounts.getOrDefault(ChannelAddressBook.WECOM, username);
        String dingTalkUserId = accounts.getOrDefault(ChannelAddressBook.DINGTALK_WORK, username);
        return users.user(username)
                .map(user -> new Recipient(user.username(), user.displayName(), user.email(), user.phone(), weComUserId,
                        dingTalkUserId))
                .orElse(new Recipient(username, username, null, null, weComUserId, dingTalkUserId));
    }
}
