package io.weir.platform.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time is injected everywhere so SLA tests move a clock instead of waiting. It ticks in microseconds, the precision
 * both databases keep: a nanosecond instant is rounded up on H2, and a time just written would read back later than
 * the clock that wrote it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return new MicrosecondClock(Clock.systemDefaultZone());
    }
}
