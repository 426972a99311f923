package io.weir.platform.identity;

import io.weir.platform.identity.internal.Directory;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and teams: looked up by the other modules, filled by the scenario loader and the admin screens. */
@Service
public class UserManagement {

    private final Directory directory;
    private final PasswordEncoder passwords;

    UserManagement(Directory directory, PasswordEncoder passwords) {
        this.directory = directory;
        this.passwords = passwords;
    }

    public Optional<WeirUser> user(String username) {
        return directory.user(username);
    }

    public List<WeirUser> members(String teamId) {
        return directory.members(teamId);
    }

    public Optional<Team> team(String teamId) {
        return directory.team(teamId);
    }

    public List<Team> teams() {
        return directory.teams();
    }

    public List<WeirUser> users() {
        return directory.users();
    }

    public boolean hasAnyUser() {
        return directory.countUsers() > 0;
    }

    @Transactional
    public void createTeam(Team team) {
        directory.insertTeam(team);
    }

    @Transactional
    public void createUser(NewUser newUser) {
        directory.insertUser(newUser.user(), passwords.encode(newUser.rawPassword()));
    }
}
