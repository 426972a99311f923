package io.weir.platform.leads.internal;

import io.weir.platform.identity.UserManagement;
import io.weir.platform.identity.WeirUser;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Round-robin within a team, skipping reps who are off or at their open-lead cap. The rotation row is locked for the
 * pick, so concurrent intakes never hand out the same turn twice.
 */
@Component
class RoundRobinAssignment {

    private final JdbcClient jdbc;
    private final UserManagement users;
    private final TransactionTemplate ownTransaction;

    RoundRobinAssignment(JdbcClient jdbc, UserManagement users, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.users = users;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Picks the next rep of the team who can take a lead; empty means the lead goes to the team's pool. */
    Optional<String> nextRep(String teamId) {
        List<WeirUser> candidates = users.members(teamId).stream().filter(WeirUser::canTakeLeads).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int turn = lockRotation(teamId);
        for (int step = 0; step < candidates.size(); step++) {
            WeirUser rep = candidates.get((turn + step) % candidates.size());
            if (hasCapacity(rep)) {
                jdbc.sql("UPDATE team_rotation SET next_turn = ? WHERE team_id = ?")
                        .params((turn + step + 1) % candidates.size(), teamId).update();
                return Optional.of(rep.username());
            }
        }
        return Optional.empty();
    }

    /**
     * Counts the rep's open leads only up to the cap: the answer is the same, and the work stays bounded by the cap
     * instead of growing with every open lead of the team.
     */
    boolean hasCapacity(WeirUser rep) {
        if (rep.openLeadCap() <= 0) {
            return false;
        }
        long open = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM lead WHERE assignee = ? AND status = 'OPEN' LIMIT ?)"
                        + " AS open_leads")
                .params(rep.username(), rep.openLeadCap()).query(Long.class).single();
        return open < rep.openLeadCap();
    }

    private int lockRotation(String teamId) {
        Optional<Integer> turn = selectForUpdate(teamId);
        if (turn.isPresent()) {
            return turn.get();
        }
        createRotation(teamId);
        return selectForUpdate(teamId).orElseThrow();
    }

    private Optional<Integer> selectForUpdate(String teamId) {
        return jdbc.sql("SELECT next_turn FROM team_rotation WHERE team_id = ? FOR UPDATE")
                .param(teamId).query(Integer.class).optional();
    }

    /**
     * In a transaction of its own: the first leads of a new team may arrive together, and the loser of the race for
     * the row must not lose its lead (on PostgreSQL a failed insert would abort the whole intake transaction).
     */
    private void createRotation(String teamId) {
        try {
            ownTransaction.executeWithoutResult(status ->
                    jdbc.sql("INSERT INTO team_rotation (team_id, next_turn) VALUES (?, 0)").param(teamId).update());
        } catch (DuplicateKeyException createdConcurrently) {
            // the other intake created it; both go on to lock it
        }
    }
}
