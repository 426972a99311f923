package io.weir.platform.sla;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code weir.sla.*}: how the deadline store is swept.
 *
 * @param sweepInterval longest wait between two looks at the store when no deadline is known to be nearer
 * @param batchSize     deadlines fired per look, oldest first
 * @param sweepers      threads firing deadlines; each claims its own rows, so none fires twice
 */
@ConfigurationProperties("weir.sla")
public record SlaSettings(Duration sweepInterval, int batchSize, int sweepers) {

    public SlaSettings {
        sweepInterval = sweepInterval == null ? Duration.ofMillis(100) : sweepInterval;
        batchSize = batchSize <= 0 ? 200 : batchSize;
        sweepers = sweepers <= 0 ? 2 : sweepers;
    }
}
