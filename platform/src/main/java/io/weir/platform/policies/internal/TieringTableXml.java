package io.weir.platform.policies.internal;

import io.weir.platform.policies.TieringRule;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.kie.dmn.api.marshalling.DMNMarshaller;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.Decision;

/**
 * Translates between the designer's rows and the DMN decision table Drools executes, so managers never see XML and
 * the published artefact stays a standard DMN file.
 */
final class TieringTableXml {

    static final String DECISION = "lead tier";

    private TieringTableXml() {
    }

    static List<TieringRule> read(String dmnXml) {
        DMNMarshaller marshaller = DMNMarshallerFactory.newDefaultMarshaller();
        Definitions definitions = marshaller.unmarshal(new StringReader(dmnXml));
        Decision decision = definitions.getDrgElement().stream()
                .filter(Decision.class::isInstance).map(Decision.class::cast)
                .filter(d -> DECISION.equals(d.getName()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no decision '" + DECISION + "'"));
        DecisionTable table = (DecisionTable) decision.getExpression();
        List<TieringRule> rules = new ArrayList<>();
        for (DecisionRule rule : table.getRule()) {
            List<String> sources = parseStringList(rule.getInputEntry().get(0).getText());
            rules.add(new TieringRule(sources,
                    unquote(rule.getOutputEntry().get(0).getText()),
                    unquote(rule.getOutputEntry().get(1).getText()),
                    Integer.parseInt(rule.getOutputEntry().get(2).getText().trim()),
                    Integer.parseInt(rule.getOutputEntry().get(3).getText().trim())));
        }
        return rules;
    }

    static String write(List<TieringRule> rules) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="lead-tiering" name="lead-tiering"
                             namespace="https://weir.io/rule-packs/lead-response">
                  <itemDefinition id="tLead" name="tLead">
                    <itemComponent id="tLead-sourceChannel" name="sourceChannel"><typeRef>string</typeRef></itemComponent>
                    <itemComponent id="tLead-region" name="region"><typeRef>string</typeRef></itemComponent>
                    <itemComponent id="tLead-productInterest" name="productInterest"><typeRef>string</typeRef></itemComponent>
                  </itemDefinition>
                  <inputData id="lead-input" name="lead">
                    <variable id="lead-variable" name="lead" typeRef="tLead" />
                  </inputData>
                  <decision id="lead-tier" name="lead tier">
                    <variable id="lead-tier-variable" name="lead tier" />
                    <informationRequirement id="lead-tier-requires-lead"><requiredInput href="#lead-input" /></informationRequirement>
                    <decisionTable id="lead-tier-table" hitPolicy="FIRST">
                      <input id="source-channel-input" label="source channel">
                        <inputExpression id="source-channel-expression" typeRef="string"><text>lead.sourceChannel</text></inputExpression>
                      </input>
                      <output id="tier-output" name="tier" typeRef="string" />
                      <output id="goal-output" name="goal" typeRef="string" />
                      <output id="response-minutes-output" name="responseMinutes" typeRef="number" />
                      <output id="recycle-minutes-output" name="recycleMinutes" typeRef="number" />
                """);
        for (int i = 0; i < rules.size(); i++) {
            TieringRule rule = rules.get(i);
            String id = "rule-" + (i + 1);
            String sources = rule.matchesAnySource() ? "-"
                    : String.join(",", rule.sources().stream().map(TieringTableXml::quote).toList());
            xml.append("      <rule id=\"").append(id).append("\">\n")
                    .append(entry("inputEntry", id + "-source", sources))
                    .append(entry("outputEntry", id + "-tier", quote(rule.tier())))
                    .append(entry("outputEntry", id + "-goal", quote(rule.goal())))
                    .append(entry("outputEntry", id + "-response", Integer.toString(rule.responseMinutes())))
                    .append(entry("outputEntry", id + "-recycle", Integer.toString(rule.recycleMinutes())))
                    .append("      </rule>\n");
        }
        xml.append("    </decisionTable>\n  </decision>\n</definitions>\n");
        return xml.toString();
    }

    private static String entry(String element, String id, String text) {
        return "        <" + element + " id=\"" + id + "\"><text>" + escapeXml(text) + "</text></" + element + ">\n";
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }

    private static String unquote(String text) {
        String trimmed = text.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** Reads a FEEL list of string tests ({@code "a","b"}); {@code -} (any) is the empty list. */
    static List<String> parseStringList(String feel) {
        String text = feel.trim();
        if (text.equals("-") || text.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        StringBuilder current = null;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                if (current == null) {
                    current = new StringBuilder();
                } else {
                    values.add(current.toString());
                    current = null;
                }
            } else if (current != null) {
                current.append(c);
            }
        }
        return values;
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
