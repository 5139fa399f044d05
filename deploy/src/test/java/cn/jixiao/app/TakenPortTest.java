package cn.jixiao.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A port that is taken stops the service with a message naming the port, and the process exits instead of
 * hanging on threads started before the failure. Run as a separate JVM, as an operator would start it.
 */
class TakenPortTest {

    @Test
    void aTakenHttpPortEndsTheProcessWithAMessageNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Start start = start("--server.port=" + taken.getLocalPort(), "--jixiao.mongodb.embedded.port=0");
            assertThat(start.exitCode).isNotZero();
            assertThat(start.output).contains("Port " + taken.getLocalPort() + " was already in use");
        }
    }

    @Test
    void aTakenEmbeddedMongoPortEndsTheProcessWithAMessageNamingThePort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Start start = start("--server.port=0", "--jixiao.mongodb.embedded.port=" + taken.getLocalPort());
            assertThat(start.exitCode).isNotZero();
            assertThat(start.output).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use",
                    "JIXIAO_EMBEDDED_MONGO_PORT");
        }
    }

    record Start(int exitCode, String output) {
    }

    private static Start start(String... arguments) throws IOException, InterruptedException {
        Path log = Files.createTempFile("jixiao-taken-port", ".log");
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xshare:off", "-cp", System.getProperty("java.class.path"),
                JixiaoApplication.class.getName(),
                "--jixiao.mongodb.uri=", "--jixiao.mongodb.embedded.data-dir=", "--jixiao.demo.enabled=false",
                "--jixiao.security.dev-jwt-secret=" + Tokens.SECRET, "--jixiao.audit.key-file="));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // Generous: a loaded 2-core machine; a hang would last forever.
            boolean exited = process.waitFor(3, TimeUnit.MINUTES);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(exited).as("the process exits instead of hanging; its output:%n%s", output).isTrue();
            return new Start(process.exitValue(), output);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
