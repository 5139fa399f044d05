package cn.jixiao.platform.health;

import cn.jixiao.platform.mongo.EmbeddedMongoPortInUseException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says which port stopped the start and how to free or change it, as Spring Boot does for a taken HTTP port
 * ("Web server failed to start. Port 8080 was already in use."). Registered in META-INF/spring.factories.
 */
public class EmbeddedMongoPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedMongoPortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedMongoPortInUseException cause) {
        return new FailureAnalysis(
                "The embedded MongoDB could not start: port " + cause.port() + " on " + cause.host()
                        + " is already in use (another Jixiao on the embedded default, or a MongoDB, listens there).",
                "Stop the process listening on port " + cause.port() + ", or give the embedded MongoDB another port "
                        + "with JIXIAO_EMBEDDED_MONGO_PORT (0 picks a free one), or point MONGODB_URI at a running "
                        + "MongoDB.",
                cause);
    }
}
