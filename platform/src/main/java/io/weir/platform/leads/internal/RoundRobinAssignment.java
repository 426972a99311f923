package io.weir.platform.leads.internal;

import io.weir.platform.identity.UserManagement;
import io.weir.platform.identity.WeirUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Round-robin within a team, skipping reps who are off or at their open-lead cap. The rotation row is locked for the
 * pick, so concurrent intakes never hand out the same turn twice.
 */
@Component
class RoundRobinAssignment {

    private final JdbcClient jdbc;
    private final UserManagement users;

    RoundRobinAssignment(JdbcClient jdbc, UserManagement users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Picks the next rep of the team who can take a lead; empty means the lead goes to the team's pool. */
    Optional<String> nextRep(String teamId) {
        List<WeirUser> candidates = users.members(teamId).stream().filter(WeirUser::canTakeLeads).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int turn = lockRotation(teamId);
        Map<String, Long> openLeads = openLeadsPerRep(teamId);
        for (int step = 0; step < candidates.size(); step++) {
            WeirUser rep = candidates.get((turn + step) % candidates.size());
            if (openLeads.getOrDefault(rep.username(), 0L) < rep.openLeadCap()) {
                jdbc.sql("UPDATE team_rotation SET next_turn = ? WHERE team_id = ?")
                        .params((turn + step + 1) % candidates.size(), teamId).update();
                return Optional.of(rep.username());
            }
        }
        return Optional.empty();
    }

    boolean hasCapacity(WeirUser rep) {
        long open = jdbc.sql("SELECT COUNT(*) FROM lead WHERE assignee = ? AND status = 'OPEN'")
                .param(rep.username()).query(Long.class).single();
        return open < rep.openLeadCap();
    }

    private int lockRotation(String teamId) {
        Optional<Integer> turn = jdbc.sql("SELECT next_turn FROM team_rotation WHERE team_id = ? FOR UPDATE")
                .param(teamId).query(Integer.class).optional();
        if (turn.isPresent()) {
            return turn.get();
        }
        jdbc.sql("INSERT INTO team_rotation (team_id, next_turn) VALUES (?, 0)").param(teamId).update();
        return jdbc.sql("SELECT next_turn FROM team_rotation WHERE team_id = ? FOR UPDATE")
                .param(teamId).query(Integer.class).single();
    }

    private Map<String, Long> openLeadsPerRep(String teamId) {
        return jdbc.sql("SELECT assignee, COUNT(*) FROM lead WHERE team_id = ? AND status = 'OPEN' AND assignee IS NOT NULL"
                        + " GROUP BY assignee")
                .param(teamId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
