package org.alliancecompact.bench.harness;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback server that answers every request with an empty 200 at once. Driving it at the same rate
 * as a real server shows what the client, the loopback and the machine's load cost by themselves,
 * so the other figures can be read against it.
 */
public final class FloorServer implements AutoCloseable {
    private final HttpServer http;
    private final ExecutorService executor;

    public FloorServer() throws IOException {
        JdkHttpServers.noDelay();
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(200, -1);
            }
        });
        executor = Executors.newFixedThreadPool(4);
        http.setExecutor(executor);
        http.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/floor");
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}
