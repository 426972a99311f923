package io.weir.platform.scenarios;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code weir.scenario.*}: which template to load on first start, and whether its demo users (with their demo
 * passwords) and demo leads come along — only the local profile turns that on.
 */
@ConfigurationProperties("weir.scenario")
public record ScenarioSettings(String template, boolean demoData, String demoPassword) {

    public ScenarioSettings {
        template = template == null ? "lead-response-optimization" : template;
    }
}
