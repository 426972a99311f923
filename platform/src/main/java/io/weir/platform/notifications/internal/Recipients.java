package io.weir.platform.notifications.internal;

import io.weir.platform.identity.UserManagement;
import io.weir.platform.notifications.Recipient;
import org.springframework.stereotype.Component;

/** Where a Weir user can be reached; someone unknown keeps their name and no addresses. */
@Component
class Recipients {

    private final UserManagement users;

    Recipients(UserManagement users) {
        this.users = users;
    }

    Recipient of(String username) {
        return users.user(username)
                .map(user -> new Recipient(user.username(), user.displayName(), user.email(), user.phone()))
                .orElse(new Recipient(username, username, null, null));
    }
}
