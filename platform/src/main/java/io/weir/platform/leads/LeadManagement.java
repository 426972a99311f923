package io.weir.platform.leads;

import io.weir.platform.identity.Role;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.internal.Catalog;
import io.weir.platform.leads.internal.LeadHistory;
import io.weir.platform.leads.internal.LeadImport;
import io.weir.platform.leads.internal.LeadIntake;
import io.weir.platform.leads.internal.LeadVisibility;
import io.weir.platform.leads.internal.LeadWork;
import io.weir.platform.leads.internal.Leads;
import io.weir.platform.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The leads module's API for the REST layer, the views, the SLA clock and the reports. */
@Service
public class LeadManagement {

    private final LeadIntake intake;
    private final LeadWork work;
    private final Leads leads;
    private final Catalog catalog;
    private final LeadImport leadImport;
    private final LeadHistory history;

    LeadManagement(LeadIntake intake, LeadWork work, Leads leads, Catalog catalog, LeadImport leadImport,
                   LeadHistory history) {
        this.history = history;
        this.intake = intake;
        this.leadImport = leadImport;
        this.work = work;
        this.leads = leads;
        this.catalog = catalog;
    }

    /** Takes a lead in; a repeated idempotency key with the same content returns the lead stored the first time. */
    public ReceivedLead receive(NewLead lead, String idempotencyKey, String actor) {
        return intake.receive(lead, idempotencyKey, actor);
    }

    /**
     * Imports an Excel or CSV file all or nothing (managers and admins): with any row refused nothing is stored and
     * every refused row is listed.
     */
    public LeadImportResult importLeads(String fileName, byte[] content, WeirUser actor, ImportProgress progress) {
        if (actor.role() != Role.MANAGER && actor.role() != Role.ADMIN) {
            throw new AccessDeniedException("only managers and admins import leads");
        }
        return leadImport.importFile(fileName, content, actor.username(), progress);
    }

    /** An Excel file with the import headings and one example row. */
    public byte[] importTemplate() {
        return leadImport.template();
    }

    /** Stores a lead whose outcome is already known (history, demo data); it starts no clock. */
    public Lead recordHistoric(HistoricLead lead, String actor) {
        return history.record(lead, actor);
    }

    /** The rep the routing rules and the team's rotation would give this lead now (moves the rotation on). */
    public Optional<String> nextRepFor(NewLead lead) {
        return history.nextRepFor(lead);
    }

    public Lead respond(String leadId, FirstResponse response, WeirUser rep) {
        return work.respond(leadId, response, rep);
    }

    public Lead claim(String leadId, WeirUser rep) {
        return work.claim(leadId, rep);
    }

    public Lead reassign(String leadId, String toUsername, WeirUser manager) {
        return work.reassign(leadId, toUsername, manager);
    }

    /** Sets the red mark of an open lead whose deadline passed; false if it was responded meanwhile. */
    public boolean markOverdue(String leadId) {
        return work.markOverdue(leadId);
    }

    /** Recycles an open lead to its team's public pool; false if it was responded meanwhile. */
    public boolean returnToPool(String leadId) {
        return work.returnToPool(leadId);
    }

    public Optional<Lead> find(String leadId) {
        return leads.byId(leadId);
    }

    public Lead visible(String leadId, WeirUser viewer) {
        return leads.byId(leadId).filter(lead -> LeadVisibility.canSee(viewer, lead))
                .orElseThrow(() -> new NotFound("lead.not-found", leadId));
    }

    public List<Lead> search(WeirUser viewer, LeadQuery query, int offset, int limit) {
        return leads.find(viewer, query, offset, limit);
    }

    public int count(WeirUser viewer, LeadQuery query) {
        return leads.count(viewer, query);
    }

    public List<TimelineEntry> timeline(String leadId, WeirUser viewer) {
        visible(leadId, viewer);
        return leads.timeline(leadId);
    }

    public List<LeadResponseFact> receivedBetween(Instant from, Instant to) {
        return leads.receivedBetween(from, to);
    }

    public Set<String> sourceChannels() {
        return catalog.sourceChannels();
    }

    public List<String> responseTags() {
        return catalog.responseTags();
    }

    public void addSourceChannel(String name) {
        catalog.addSourceChannel(name);
    }

    public void addResponseTag(String name) {
        catalog.addResponseTag(name);
    }

}
