package io.weir.platform.scenarios.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.weir.platform.identity.NewUser;
import io.weir.platform.identity.Role;
import io.weir.platform.identity.Team;
import io.weir.platform.identity.UserManagement;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.NewLead;
import io.weir.platform.scenarios.ScenarioSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the configured scenario template once, on the first start against an empty database. */
@Component
class ScenarioLoader {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(ScenarioLoader.class);

    private final ScenarioSettings settings;
    private final UserManagement users;
    private final LeadManagement leads;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScenarioLoader(ScenarioSettings settings, UserManagement users, LeadManagement leads, ObjectMapper json,
                   TransactionTemplate transaction, Clock clock) {
        this.settings = settings;
        this.users = users;
        this.leads = leads;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        if (!users.teams().isEmpty()) {
            return;
        }
        ScenarioTemplate template = read(settings.template());
        transaction.executeWithoutResult(status -> loadCatalogAndTeams(template));
        if (settings.demoData()) {
            if (settings.demoPassword() == null || settings.demoPassword().isBlank()) {
                throw new IllegalStateException("weir.scenario.demo-password must be set to load demo users");
            }
            transaction.executeWithoutResult(status -> loadDemoUsers(template));
            loadDemoHistory(template);
            loadDemoLeads(template);
        }
        log.info("scenario '{}' loaded{}", template.name(), settings.demoData() ? " with demo users and leads" : "");
    }

    private ScenarioTemplate read(String name) {
        try (InputStream in = new ClassPathResource("templates/" + name + "/scenario.json").getInputStream()) {
            return json.readValue(in, ScenarioTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("scenario template '" + name + "' is missing or unreadable", e);
        }
    }

    private void loadCatalogAndTeams(ScenarioTemplate template) {
        template.sourceChannels().stream().filter(c -> !leads.sourceChannels().contains(c)).forEach(leads::addSourceChannel);
        template.responseTags().stream().filter(t -> !leads.responseTags().contains(t)).forEach(leads::addResponseTag);
        template.teams().forEach(team -> users.createTeam(new Team(team.id(), team.name(), team.supervisor())));
    }

    private void loadDemoUsers(ScenarioTemplate template) {
        for (ScenarioTemplate.UserEntry entry : template.demoUsers()) {
            users.createUser(new NewUser(new WeirUser(entry.username(), entry.displayName(), Role.valueOf(entry.role()),
                    entry.team(), entry.email(), entry.phone(), true, false, 50, 10), settings.demoPassword()));
        }
    }

    /** Weeks of worked leads, so the response-health report has a story to tell on the first start. */
    private void loadDemoHistory(ScenarioTemplate template) {
        if (template.demoHistory() == null) {
            return;
        }
        var generator = new DemoHistoryGenerator(template.demoHistory(),
                lead -> leads.nextRepFor(lead).orElse(null));
        var history = generator.generate(LocalDate.now(clock.withZone(CHINA)));
        transaction.executeWithoutResult(status -> history.stream().filter(lead -> lead.assignee() != null)
                .forEach(lead -> leads.recordHistoric(lead, "scenario")));
    }

    private void loadDemoLeads(ScenarioTemplate template) {
        for (ScenarioTemplate.LeadEntry entry : template.demoLeads()) {
            leads.receive(new NewLead(entry.source(), entry.contact(), entry.phone(), entry.company(), entry.region(),
                    entry.product(), clock.instant().minus(Duration.ofMinutes(entry.minutesAgo()))),
                    "demo-" + entry.phone(), "scenario");
        }
    }
}
