package cn.jixiao.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real service as its own JVM (the test's classpath, {@code JixiaoApplication}), on a data directory and
 * free ports, so it can be killed as {@code kill -9} would: {@link Process#destroyForcibly()}.
 */
final class ChildService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final int httpPort;
    final int mongoPort;
    private final Process process;

    private ChildService(int httpPort, int mongoPort, Process process) {
        this.httpPort = httpPort;
        this.mongoPort = mongoPort;
        this.process = process;
    }

    /** Starts the service and returns once it is ready; its output goes to {@code log}. */
    static ChildService start(Path dataDir, Path log, Duration timeout, String... extra) {
        return start(null, dataDir, log, timeout, extra);
    }

    /**
     * As {@link #start(Path, Path, Duration, String...)}, but on the MongoDB at {@code mongoUri} (an instance on a
     * shared database; null: the embedded default) instead of its own embedded one.
     */
    static ChildService start(String mongoUri, Path dataDir, Path log, Duration timeout, String... extra) {
        int httpPort = freePort();
        int mongoPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), JixiaoApplication.class.getName()));
        List<String> arguments = EmbeddedService.arguments(dataDir, httpPort, mongoPort,
                "--springdoc.api-docs.enabled=false", "--logging.level.root=WARN");
        if (mongoUri != null) {
            // Replaced, not added: a repeated option would reach Spring as both values joined by a comma.
            arguments.replaceAll(argument -> argument.equals("--jixiao.mongodb.uri=") ? argument + mongoUri : argument);
        }
        command.addAll(arguments);
        command.addAll(List.of(extra));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            ChildService child = new ChildService(httpPort, mongoPort, process);
            child.awaitReady(timeout, log);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout, Path log) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        process.destroyForcibly();
        throw new IllegalStateException("The service was not ready within " + timeout + ":\n" + tail(log));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    /** The process id: the first part of the node id its claims carry ({@code pid@host}). */
    long pid() {
        return process.pid();
    }

    /** As {@code kill} (SIGTERM): a graceful shutdown; waits until the process has exited. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The service did not stop within " + timeout);
        }
        return process.exitValue();
    }

    /** As {@code kill -9}: no shutdown hook, no final commit. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The end of the service's output, for the failure message (the directory is gone after the test). */
    static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 20000));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    static Path logFile(Path dir) {
        try {
            return Files.createDirectories(dir).resolve("service.log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
