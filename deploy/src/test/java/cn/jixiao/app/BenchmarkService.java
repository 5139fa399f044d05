package cn.jixiao.app;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import com.mongodb.client.MongoClient;
import org.axonframework.config.Configuration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real service started in this process as a newcomer runs it: the embedded MongoDB on its H2 file in a temporary
 * data directory, random HTTP and Mongo ports, no demo tenant. Clients talk to it over loopback HTTP only; the raw
 * baselines use the service's own MongoClient, so they measure the same server in the same run.
 */
final class BenchmarkService implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Path dataDir;
    private final ConfigurableApplicationContext context;
    private final ConnectionProvider connections;
    private final WebClient http;
    private final WebTestClient setup;

    private BenchmarkService(Path dataDir, ConfigurableApplicationContext context) {
        this.dataDir = dataDir;
        this.context = context;
        String baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        this.connections = ConnectionProvider.builder("benchmark").maxConnections(256)
                .pendingAcquireMaxCount(-1).pendingAcquireTimeout(TIMEOUT).build();
        this.http = WebClient.builder().baseUrl(baseUrl)
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections).responseTimeout(TIMEOUT)))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
        this.setup = WebTestClient.bindToServer().baseUrl(baseUrl).responseTimeout(TIMEOUT).build();
    }

    static BenchmarkService start() {
        long started = System.nanoTime();
        Path dataDir = temporaryDataDir();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(JixiaoApplication.class).run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--jixiao.mongodb.uri=",
                "--jixiao.mongodb.embedded.data-dir=" + dataDir,
                "--jixiao.mongodb.embedded.port=0",
                "--jixiao.demo.enabled=false",
                "--jixiao.security.dev-jwt-secret=" + Tokens.SECRET,
                "--jixiao.audit.key-file=" + dataDir.resolve("audit.key"),
                "--logging.level.root=WARN");
        BenchmarkReport.line("service started in %.1f s (data in %s)", (System.nanoTime() - started) / 1e9, dataDir);
        return new BenchmarkService(dataDir, context);
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("jixiao-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebClient http() {
        return http;
    }

    /** The MongoClient the service itself uses: raw baselines run on the same embedded server. */
    MongoClient mongo() {
        return context.getBean(MongoClient.class);
    }

    /** Onboards a tenant through the operator API (which starts its runtime) and returns its id. */
    String onboard(String prefix) {
        return Tenants.onboard(setup, prefix);
    }

    /**
     * The tenant's Axon configuration: its event store to append history fast, its processors' tracking status
     * to watch projections. Started on first use like a request would.
     */
    Configuration axon(String tenant) {
        return context.getBean(TenantRuntimes.class).of(TenantId.of(tenant))
                .orElseThrow(() -> new IllegalStateException("no runtime for tenant " + tenant)).axon();
    }

    @Override
    public void close() {
        connections.dispose();
        context.close();
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }
}
