package io.weir.platform.benchmarks;

import io.weir.platform.EmbeddedDatabase;
import io.weir.platform.PlatformTestApplication;
import io.weir.platform.TestComponentsExcluded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The platform on its embedded defaults (H2 file database, Operaton on the same database, real system clock) in a
 * fresh temporary directory, with the benchmark's recorders as extra beans. Closing it deletes the directory.
 */
final class BenchmarkContext implements AutoCloseable {

    final Firings escalations = new Firings();
    final Firings timers = new Firings();

    private final Path directory;
    private final ConfigurableApplicationContext context;

    private BenchmarkContext(String benchmark, Map<String, String> properties) {
        try {
            directory = Files.createTempDirectory("weir-benchmark-" + benchmark + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>();
        // benchmark.properties instead of the tests' application.properties (in-memory H2, job executor off)
        args.add("--spring.config.name=benchmark");
        args.add("--spring.datasource.url=" + EmbeddedDatabase.urlIn(directory));
        args.add("--logging.file.name=" + System.getProperty("weir.benchmark.log", "benchmark.log"));
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        SpringApplication application = new SpringApplication(PlatformTestApplication.class);
        application.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("testComponentsExcluded", new TestComponentsExcluded());
            GenericApplicationContext beans = (GenericApplicationContext) context;
            beans.registerBean("recordingChannel", RecordingChannel.class, () -> new RecordingChannel(escalations));
            beans.registerBean(RawTimerFired.BEAN, RawTimerFired.class, () -> new RawTimerFired(timers));
        });
        context = application.run(args.toArray(String[]::new));
    }

    static BenchmarkContext start(String benchmark, Map<String, String> properties) {
        return new BenchmarkContext(benchmark, properties);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> Map<String, T> beans(Class<T> type) {
        return context.getBeansOfType(type);
    }

    @Override
    public void close() {
        context.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
