package io.weir.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

/**
 * One Spring context for every platform integration test (so the PostgreSQL pass has a single sweeper), on a real
 * HTTP port, with the demo scenario loaded, metrics exported as in production, WeCom and DingTalk configured against
 * the {@link VendorSandbox}, and a clock the tests move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"weir.scenario.demo-data=true", "weir.scenario.demo-password=" + WeirIntegrationTest.PASSWORD})
@Import(WeirIntegrationTest.TestClock.class)
@AutoConfigureObservability(tracing = false)
@ContextConfiguration(initializers = VendorSandbox.class)
public @interface WeirIntegrationTest {

    String PASSWORD = "test-only-password";

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
        }
    }

}
