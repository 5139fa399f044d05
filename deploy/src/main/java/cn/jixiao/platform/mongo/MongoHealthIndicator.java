package cn.jixiao.platform.mongo;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractReactiveHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Up when MongoDB answers a ping; says whether it is the embedded one. */
@Component("mongo")
public class MongoHealthIndicator extends AbstractReactiveHealthIndicator {

    private final MongoClient client;
    private final MongoSettings settings;

    public MongoHealthIndicator(MongoClient client, MongoSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return Mono.fromCallable(() -> client.getDatabase("admin").runCommand(new Document("ping", 1)))
                .subscribeOn(Schedulers.boundedElastic())
                .map(pong -> builder.up().withDetail("embedded", settings.isEmbedded()).build());
    }
}
