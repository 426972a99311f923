package io.weir.platform.identity.internal;

import io.weir.platform.identity.WeirUser;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs users in against the directory; inactive users cannot sign in. */
@Service
class DirectoryUserDetailsService implements UserDetailsService {

    private final Directory directory;

    DirectoryUserDetailsService(Directory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        WeirUser user = directory.user(username).filter(WeirUser::active)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = directory.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username()).password(hash).authorities(user.role().authority()).build();
    }
}
