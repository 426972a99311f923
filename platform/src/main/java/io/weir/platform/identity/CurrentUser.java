package io.weir.platform.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user, resolved from the security context for the REST API and the views alike. */
@Component
public class CurrentUser {

    private final UserManagement users;

    CurrentUser(UserManagement users) {
        this.users = users;
    }

    public Optional<WeirUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return users.user(authentication.getName());
    }

    public WeirUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in Weir user"));
    }
}
