package io.weir.platform.policies.internal;

import io.weir.platform.policies.LeadFacts;
import io.weir.platform.policies.TieringRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Keeps one compiled Drools DMN model per published policy version, so a running clock is always evaluated with the
 * version it started with and a publish never recompiles on the hot path.
 */
@Component
public class DecisionEngine {

    static final String DEFAULT_TIERING = "rule-packs/lead-response/lead-tiering.dmn";
    static final String ROUTING = "rule-packs/lead-response/lead-routing.dmn";

    private final Map<Integer, CompiledDecision> tieringByVersion = new ConcurrentHashMap<>();
    private final CompiledDecision routing = CompiledDecision.compile("lead-routing", classpathText(ROUTING), "team");

    static String classpathText(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("rule pack missing: " + path, e);
        }
    }

    void load(int version, String dmnXml) {
        tieringByVersion.computeIfAbsent(version,
                v -> CompiledDecision.compile("lead-tiering-v" + v, dmnXml, TieringTableXml.DECISION));
    }

    boolean isLoaded(int version) {
        return tieringByVersion.containsKey(version);
    }

    /** Compiles without keeping the result: the designer's check before a publish. */
    List<String> compileProblems(List<TieringRule> rules) {
        try {
            CompiledDecision.compile("lead-tiering-draft", TieringTableXml.write(rules), TieringTableXml.DECISION);
            return List.of();
        } catch (CompiledDecision.InvalidDecisionTable invalid) {
            return invalid.problems();
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> tier(int version, LeadFacts facts) {
        CompiledDecision decision = tieringByVersion.get(version);
        if (decision == null) {
            throw new IllegalStateException("policy version " + version + " is not loaded");
        }
        Object result = decision.evaluate(Map.of("lead", leadContext(facts)));
        return result instanceof Map<?, ?> outputs ? (Map<String, Object>) outputs : Map.of();
    }

    String team(LeadFacts facts) {
        Object team = routing.evaluate(Map.of("lead", leadContext(facts)));
        return team == null ? null : team.toString();
    }

    private static Map<String, Object> leadContext(LeadFacts facts) {
        Map<String, Object> lead = new HashMap<>();
        lead.put("sourceChannel", facts.sourceChannel());
        lead.put("region", facts.region());
        lead.put("productInterest", facts.productInterest());
        return lead;
    }
}
