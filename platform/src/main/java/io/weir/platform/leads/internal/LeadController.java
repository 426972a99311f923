package io.weir.platform.leads.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.weir.platform.identity.CurrentUser;
import io.weir.platform.identity.WeirUser;
import io.weir.platform.leads.FirstResponse;
import io.weir.platform.leads.Lead;
import io.weir.platform.leads.LeadManagement;
import io.weir.platform.leads.LeadQuery;
import io.weir.platform.leads.LeadStatus;
import io.weir.platform.leads.NewLead;
import io.weir.platform.leads.ReceivedLead;
import io.weir.platform.leads.TimelineEntry;
import io.weir.platform.shared.InvalidInput;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lead intake and work over HTTP. Who may see which lead is decided by {@link LeadManagement}, not here. */
@RestController
@RequestMapping("/api/leads")
@Tag(name = "Leads", description = "Lead intake, inbox, first response, public pool")
class LeadController {

    private final LeadManagement leads;
    private final CurrentUser currentUser;

    LeadController(LeadManagement leads, CurrentUser currentUser) {
        this.leads = leads;
        this.currentUser = currentUser;
    }

    record ReassignRequest(String assignee) {
    }

    record LeadPage(List<Lead> items, int total, int offset, int limit) {
    }

    @PostMapping
    @Operation(summary = "Receive a lead", description = "Classifies, assigns and starts the first-response clock. "
            + "A repeated Idempotency-Key with the same body returns the lead stored the first time (200).")
    ResponseEntity<Lead> receive(@RequestBody NewLead lead,
                                 @Parameter(description = "client-chosen key, at most 100 characters")
                                 @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw InvalidInput.of("Idempotency-Key", "field.too-long", 100);
        }
        ReceivedLead received = leads.receive(lead, idempotencyKey, currentUser.require().username());
        if (received.replayed()) {
            return ResponseEntity.ok(received.lead());
        }
        return ResponseEntity.created(URI.create("/api/leads/" + received.lead().id())).body(received.lead());
    }

    @GetMapping
    @Operation(summary = "List the leads the caller may see, ordered by deadline")
    LeadPage list(@RequestParam(required = false) Set<LeadStatus> status,
                  @RequestParam(required = false) Set<String> tier,
                  @RequestParam(defaultValue = "false") boolean overdue,
                  @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int offset,
                  @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0) {
            throw InvalidInput.of("offset", "field.min", 0);
        }
        if (limit < 1 || limit > 500) {
            throw InvalidInput.of("limit", "field.range", 1, 500);
        }
        WeirUser viewer = currentUser.require();
        LeadQuery query = new LeadQuery(status, tier, overdue, q, null);
        return new LeadPage(leads.search(viewer, query, offset, limit), leads.count(viewer, query), offset, limit);
    }

    @GetMapping("/{id}")
    Lead get(@PathVariable String id) {
        return leads.visible(id, currentUser.require());
    }

    @GetMapping("/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id) {
        return leads.timeline(id, currentUser.require());
    }

    @PostMapping("/{id}/responses")
    @Operation(summary = "Record the first response; stops the lead's clock")
    Lead respond(@PathVariable String id, @RequestBody FirstResponse response) {
        return leads.respond(id, response, currentUser.require());
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Claim a lead from the team's public pool (daily claim cap applies)")
    Lead claim(@PathVariable String id) {
        return leads.claim(id, currentUser.require());
    }

    @PostMapping("/{id}/reassign")
    @Operation(summary = "Move an open lead to another rep of the team (managers)")
    Lead reassign(@PathVariable String id, @RequestBody ReassignRequest request) {
        return leads.reassign(id, request.assignee(), currentUser.require());
    }

    @GetMapping("/catalog")
    @Operation(summary = "Source channels and response tags")
    java.util.Map<String, Object> catalog() {
        return java.util.Map.of("sourceChannels", leads.sourceChannels(), "responseTags", leads.responseTags());
    }

}
