package io.weir.platform.identity.internal;

import io.weir.platform.identity.Role;
import io.weir.platform.identity.Team;
import io.weir.platform.identity.WeirUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and teams in the database. */
@Repository
public class Directory {

    private static final String USER_COLUMNS = "username, display_name, role, team_id, email, phone, active, on_leave, "
            + "open_lead_cap, daily_claim_cap";

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<WeirUser> user(String username) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user WHERE username = ?")
                .param(username).query(Directory::user).optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE")
                .param(username).query(String.class).optional();
    }

    public List<WeirUser> members(String teamId) {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user WHERE team_id = ? ORDER BY username")
                .param(teamId).query(Directory::user).list();
    }

    public List<WeirUser> users() {
        return jdbc.sql("SELECT " + USER_COLUMNS + " FROM app_user ORDER BY username").query(Directory::user).list();
    }

    public long countUsers() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    public Optional<Team> team(String teamId) {
        return jdbc.sql("SELECT id, name, supervisor FROM team WHERE id = ?").param(teamId)
                .query((rs, n) -> new Team(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    public List<Team> teams() {
        return jdbc.sql("SELECT id, name, supervisor FROM team ORDER BY id")
                .query((rs, n) -> new Team(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public void insertTeam(Team team) {
        jdbc.sql("INSERT INTO team (id, name, supervisor) VALUES (?, ?, ?)")
                .params(team.id(), team.name(), team.supervisor()).update();
    }

    public void insertUser(WeirUser user, String passwordHash) {
        jdbc.sql("INSERT INTO app_user (" + USER_COLUMNS + ", password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(user.username(), user.displayName(), user.role().name(), user.teamId(), user.email(),
                        user.phone(), user.active(), user.onLeave(), user.openLeadCap(), user.dailyClaimCap(),
                        passwordHash)
                .update();
    }

    private static WeirUser user(ResultSet rs, int row) throws SQLException {
        return new WeirUser(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                rs.getString("team_id"), rs.getString("email"), rs.getString("phone"), rs.getBoolean("active"),
                rs.getBoolean("on_leave"), rs.getInt("open_lead_cap"), rs.getInt("daily_claim_cap"));
    }
}
