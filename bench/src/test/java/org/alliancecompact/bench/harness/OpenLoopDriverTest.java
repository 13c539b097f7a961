package org.alliancecompact.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenLoopDriverTest {
    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // every third request fails, so the error count is known in advance
        server.createContext("/", exchange -> {
            try (exchange) {
                int n = served.incrementAndGet();
                exchange.sendResponseHeaders(n % 3 == 0 ? 500 : 200, -1);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsRateTimesDurationRequestsAndCountsTheFailures() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        OpenLoopDriver driver = new OpenLoopDriver(OpenLoopDriver.loopbackClient());

        LoadReport report = driver.run(
                "test",
                100,
                Duration.ofMillis(300),
                () -> HttpRequest.newBuilder(uri).build(),
                s -> s == 200);

        assertThat(report.sent()).isEqualTo(30);
        assertThat(served).hasValue(30);
        assertThat(report.errors()).isEqualTo(10);
        assertThat(report.latencies().count()).isEqualTo(30);
        assertThat(report.p50Millis()).isPositive().isLessThanOrEqualTo(report.p99Millis());
        assertThat(report.p99Millis()).isLessThanOrEqualTo(report.maxMillis());
    }

    @Test
    void aRequestThatCannotBeBuiltIsAnError() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        OpenLoopDriver driver = new OpenLoopDriver(OpenLoopDriver.loopbackClient());
        AtomicInteger built = new AtomicInteger();

        LoadReport report = driver.run(
                "test",
                100,
                Duration.ofMillis(100),
                () -> {
                    if (built.incrementAndGet() == 2) {
                        throw new IllegalStateException("cannot sign");
                    }
                    return HttpRequest.newBuilder(uri).build();
                },
                s -> true);

        assertThat(report.sent()).isEqualTo(10);
        assertThat(report.errors()).isEqualTo(1);
        assertThat(report.latencies().count()).isEqualTo(9);
    }
}
