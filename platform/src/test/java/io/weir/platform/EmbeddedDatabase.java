package io.weir.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The embedded default database URL of {@code weir-defaults.properties}, with all its options, moved from
 * {@code ./data} to another folder: the benchmarks and the crash test run on exactly what a user runs.
 */
public final class EmbeddedDatabase {

    private static final String DEFAULT_DATABASE = "jdbc:h2:file:./data/";

    private EmbeddedDatabase() {
    }

    public static String urlIn(Path directory) {
        Properties defaults = new Properties();
        try (InputStream in = EmbeddedDatabase.class.getResourceAsStream("/weir-defaults.properties")) {
            defaults.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = defaults.getProperty("spring.datasource.url");
        if (!url.startsWith(DEFAULT_DATABASE)) {
            throw new IllegalStateException("expected the default database at " + DEFAULT_DATABASE + ", found " + url);
        }
        return "jdbc:h2:file:" + directory.resolve(url.substring(DEFAULT_DATABASE.length()));
    }
}
