package fr.vigie.bench;

import fr.vigie.web.VigieWebApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Web application benchmark (issue 6): the application in this JVM on an embedded database, a generated
 * 20-page PDF dossier.
 * <ol>
 *   <li>server-side time of a check (the {@code Server-Timing} header of POST /api/dossiers) after warm-up,
 *       p50 and p95 over 30 sequential deposits (target: p50 under 500 ms);</li>
 *   <li>a bounded load on loopback: 20 concurrent clients depositing for 60 s, errors and latency percentiles
 *       as the client sees them (target: zero errors).</li>
 * </ol>
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fr.vigie.bench.WebBenchmark</pre>
 */
public final class WebBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path data = Files.createTempDirectory("vigie-web-bench");
        Path pdf = data.resolve("ccap-20-pages.pdf");
        SweepCorpusGenerator.pdf(pdf, SweepCorpusGenerator.pages(new Random(20), 20, 20));
        byte[] bytes = Files.readAllBytes(pdf);
        ConfigurableApplicationContext app = VigieWebApplication.start("--server.port=0", "--vigie.data-dir=" + data,
                "--vigie.demo-password=bench", "--vigie.upload.per-minute=100000", "--logging.level.root=ERROR");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            URI uri = URI.create("http://localhost:" + port + "/api/dossiers");
            for (int i = 0; i < 10; i++) {
                deposit(http, uri, bytes);
            }
            List<Long> server = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                server.add(deposit(http, uri, bytes).serverMillis());
            }
            Collections.sort(server);
            System.out.printf(Locale.FRANCE, "Vérification côté serveur, PDF de 20 pages, JVM chaude (30 dépôts) : p50 %d ms, p95 %d ms "
                    + "(objectif p50 < 500 ms)%n", pct(server, 50), pct(server, 95));

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            Result r = deposit(http, uri, bytes);
                            if (r.status() != 201) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add((System.nanoTime() - t0) / 1_000_000);
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS);
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf(Locale.FRANCE, "Charge : %d clients pendant %d s : %d dépôts (%.1f/s), %d erreurs ; latence client p50 %d ms, "
                            + "p95 %d ms, p99 %d ms, max %d ms%n", clients, seconds, sorted.size(), sorted.size() / (double) seconds,
                    errors.get(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        } finally {
            app.close();
        }
    }

    record Result(int status, long serverMillis) {
    }

    static Result deposit(HttpClient http, URI uri, byte[] pdf) throws Exception {
        String boundary = "vigie" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"ccap.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("acheteur:bench".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        long server = response.headers().firstValue("Server-Timing").map(v -> Long.parseLong(v.replaceAll(".*dur=", ""))).orElse(-1L);
        return new Result(response.statusCode(), server);
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
