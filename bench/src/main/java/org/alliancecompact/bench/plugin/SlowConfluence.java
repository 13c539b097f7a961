package org.alliancecompact.bench.plugin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.alliancecompact.bench.harness.JdkHttpServers;

/**
 * The plugin's REST API answering late, as a Confluence under load does: a loopback proxy in front of
 * the preview server that holds every request for {@code delay} before it forwards it (method, path,
 * query, the headers the bot sends, body) and returns the preview server's answer. Every request waits
 * on a thread of its own, so a slow answer never queues the next one.
 */
public final class SlowConfluence implements AutoCloseable {
    /** Headers the bot sends the plugin that the answer depends on (the integration token among them). */
    private static final List<String> FORWARDED = List.of("Authorization", "Content-Type", "Accept");

    private final HttpServer http;
    private final ExecutorService executor;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI upstream;
    private final Duration delay;
    private final AtomicLong requests = new AtomicLong();

    private SlowConfluence(URI upstream, Duration delay) throws IOException {
        JdkHttpServers.noDelay();
        this.upstream = upstream;
        this.delay = delay;
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::forwardLate);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "slow-confluence");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        http.start();
    }

    /** @param upstream the preview server's base URI (no trailing slash needed) */
    public static SlowConfluence start(URI upstream, Duration delay) throws IOException {
        return new SlowConfluence(upstream, delay);
    }

    /** What the bot takes as {@code CONFLUENCE_URL}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    /** Requests received so far. */
    public long requests() {
        return requests.get();
    }

    private void forwardLate(HttpExchange x) throws IOException {
        try (x) {
            requests.incrementAndGet();
            byte[] body = x.getRequestBody().readAllBytes();
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String base = upstream.toString().replaceAll("/+$", "");
            HttpRequest.Builder forward = HttpRequest.newBuilder(
                            URI.create(base + x.getRequestURI().toString()))
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            x.getRequestMethod(),
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String h : FORWARDED) {
                String v = x.getRequestHeaders().getFirst(h);
                if (v != null) {
                    forward.header(h, v);
                }
            }
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                // the bot gave up first (its read timeout) or the preview server is gone: nothing to say
                x.sendResponseHeaders(502, -1);
                return;
            }
            answer.headers()
                    .firstValue("Content-Type")
                    .ifPresent(v -> x.getResponseHeaders().set("Content-Type", v));
            x.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = x.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        } catch (IOException e) {
            // the bot closed the connection after its own timeout: expected at this delay
        }
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
