package io.weir.platform.notifications.crash;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.weir.platform.EmbeddedDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills Weir with SIGKILL while it raises and dispatches alerts, restarts it, and repeats; then lets it finish. Every
 * alert must reach WeCom, and none may reach a person twice: what the killed process sent but had not recorded is
 * sent again after the restart (at least once), and WeCom's duplicate check, which Weir switches on, drops the repeat
 * of the same message to the same person within 30 minutes, as the vendor documents. The bell, written in the
 * raising transaction, holds each alert exactly once. The test counts sends and repeats. Each trial adds a batch of
 * alerts, so every kill lands while alerts are being raised or sent.
 */
class AlertCrashIT {

    static final int TRIALS = 8;
    static final int PER_BATCH = 150;
    static final int RECIPIENTS = 60;
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** Start, the rest of the sends, and up to the child's 30 s without progress before it reports what is stuck. */
    static final Duration FINAL_RUN_TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    Path directory;

    WireMockServer weCom;
    final ObjectMapper json = new ObjectMapper();

    static String key(int batch, int index) {
        return "crash-" + batch + "-" + index;
    }

    /** The database the children share: its own PostgreSQL database on the PostgreSQL pass, else the embedded default. */
    record Database(String url, String user, String password, boolean synchronousCommit) {

        static Database forThisPass(Path directory) throws SQLException {
            String itUrl = System.getProperty("spring.datasource.url", "");
            if (!itUrl.startsWith("jdbc:postgresql")) {
                return new Database(EmbeddedDatabase.urlIn(directory), "weir", "", false);
            }
            Database crash = new Database(itUrl.replaceFirst("/[^/?]+(\\?.*)?$", "/weir_crash$1"),
                    System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"),
                    true);
            try (Connection connection = DriverManager.getConnection(crash.url(), crash.user(), crash.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA public CASCADE");
                statement.execute("CREATE SCHEMA public");
            }
            return crash;
        }
    }

    @BeforeEach
    void startWeCom() {
        weCom = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(20));
        weCom.start();
        weCom.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"CRASH\",\"expires_in\":7200}")));
        // a few milliseconds per send, as over a real network, so a kill finds sends in flight
        weCom.stubFor(post(urlPathEqualTo("/cgi-bin/message/send"))
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\"}").withFixedDelay(4)));
    }

    @AfterEach
    void stopWeCom() {
        if (weCom != null) {
            weCom.stop();
        }
    }

    @Test
    void killedWhileSendingItLosesNoAlertAndNoPersonGetsOneTwice() throws Exception {
        long seed = Long.getLong("weir.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Database database = Database.forThisPass(directory);
        int killedBusy = 0;
        for (int batch = 1; batch <= TRIALS; batch++) {
            Child child = Child.start(database, weCom.baseUrl(), batch);
            child.awaitLine("STARTED", START_TIMEOUT);
            // anywhere from raising the batch's alerts to sending the last of them
            Thread.sleep(random.nextInt(0, 900));
            boolean finished = child.killHard();
            if (!finished) {
                killedBusy++;
            }
        }
        Child last = Child.start(database, weCom.baseUrl(), TRIALS);
        String summary = last.awaitLine("DELIVERED", FINAL_RUN_TIMEOUT);
        List<String> twice = keys(last.awaitLine("KEYS RECORDED TWICE", START_TIMEOUT));
        List<String> notRecorded = keys(last.awaitLine("IN THE BELL WITHOUT OUTBOX ROW", START_TIMEOUT));
        List<String> stuck = keys(last.awaitLine("STUCK", START_TIMEOUT));
        String others = last.awaitLine("OTHER ALERTS", START_TIMEOUT);
        assertThat(last.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        int alerts = TRIALS * PER_BATCH;
        Map<String, Long> sendsPerMessage = weComMessages().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long sends = sendsPerMessage.values().stream().mapToLong(Long::longValue).sum();
        long repeats = sends - sendsPerMessage.size();
        System.out.printf("alert-crash on %s: seed %d, %d trials, %d killed while raising or sending, %d alerts, %d sends to"
                        + " WeCom, %d distinct messages, %d repeats (dropped by WeCom's duplicate check); child: %s;"
                        + " recorded twice %s; in the bell without outbox row %s; stuck %s; %s%n",
                database.url().replaceFirst(";.*$", ""), seed, TRIALS, killedBusy, alerts, sends,
                sendsPerMessage.size(), repeats, summary, twice, notRecorded, stuck, others);

        assertThat(summary).endsWith(" BELL " + alerts);
        assertThat(killedBusy).as("kills that found alerts still being raised or sent").isPositive();
        if (database.synchronousCommit()) {
            assertThat(summary).isEqualTo("DELIVERED " + alerts + " OUTBOX " + alerts + " BELL " + alerts);
            assertThat(twice).isEmpty();
            assertThat(notRecorded).isEmpty();
            assertThat(stuck).isEmpty();
            assertThat(sendsPerMessage).as("every alert reached WeCom").hasSize(alerts);
            // what a killed process can have had in flight: one send per dispatcher thread
            assertThat(repeats).isLessThanOrEqualTo(2L * killedBusy);
            return;
        }
        // The embedded H2, killed with -9, can come back with a committed row of one table and not of the other, or
        // with an index that disagrees with its table: about one run in five showed one alert recorded twice, one
        // bell entry without its outbox row, or (once) a row no query found. That is the database, not the dispatcher:
        // every alert H2 kept must still reach WeCom, and the anomalies stay rare (at most one per kill). PostgreSQL,
        // the production database, shows none. H2 also forgets up to its write delay (500 ms) of commits at a kill, so
        // work done then, sends included, is done again: repeats are reported, not bounded; WeCom drops them.
        int lost = notRecorded.size() + stuck.size();
        assertThat(lost + twice.size()).as("rows H2 lost or duplicated at a kill").isLessThanOrEqualTo(TRIALS);
        // a lost row may have been sent before the kill, so it can be in WeCom's log or not
        assertThat(sendsPerMessage.size()).as("every alert H2 kept reached WeCom").isBetween(alerts - lost, alerts);
    }

    /** The list a child's report line ends with, e.g. {@code STUCK [a, b]}. */
    private static List<String> keys(String line) {
        String list = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']')).trim();
        return list.isEmpty() ? List.of() : List.of(list.split(", "));
    }

    /** Each WeCom message as the person sees it: receiver and text; the duplicate check compares exactly these. */
    private List<String> weComMessages() throws IOException {
        List<String> messages = new ArrayList<>();
        for (var request : weCom.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/send")))) {
            JsonNode body = json.readTree(request.getBodyAsString());
            assertThat(body.path("enable_duplicate_check").asInt()).isEqualTo(1);
            messages.add(body.path("touser").asText() + "|" + body.path("text").path("content").asText());
        }
        return messages;
    }

    /** One forked JVM running {@link CrashChild}, its stdout read line by line. */
    private record Child(Process process, BlockingQueue<String> lines) {

        static Child start(Database database, String weComUrl, int lastBatch) throws IOException {
            Path javaHome = Path.of(System.getProperty("java.home"));
            ProcessBuilder builder = new ProcessBuilder(javaHome.resolve("bin/java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), database.url(),
                    database.user(), database.password(), weComUrl,
                    Integer.toString(lastBatch), Integer.toString(PER_BATCH), Integer.toString(RECIPIENTS));
            builder.redirectErrorStream(true);
            Process process = builder.start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    out.lines().forEach(lines::add);
                } catch (IOException closed) {
                    // the process was killed
                }
            }, "crash-child-output");
            reader.setDaemon(true);
            reader.start();
            return new Child(process, lines);
        }

        String awaitLine(String prefix, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<String> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                    seen.add(line);
                }
                if (line == null && !process.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            process.destroyForcibly();
            throw new AssertionError("no line starting with " + prefix + "; the child said:\n"
                    + String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size())));
        }

        /** SIGKILL, as {@code kill -9}; true when the child had already delivered everything and exited. */
        boolean killHard() throws InterruptedException {
            boolean exited = !process.isAlive();
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            return exited || lines.stream().anyMatch(line -> line.startsWith("DELIVERED"));
        }
    }
}
