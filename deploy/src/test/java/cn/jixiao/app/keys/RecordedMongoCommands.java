package cn.jixiao.app.keys;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Replaces the service's {@link MongoClient} by one to the same server that records every command the driver
 * sends while {@link #start()}ed: what the service really asks of the database, whatever layer asked.
 * Register with {@code @Import(RecordedMongoCommands.class)}.
 */
public class RecordedMongoCommands implements BeanPostProcessor, CommandListener, DisposableBean {

    /** One command as the driver sent it. */
    public record Recorded(String database, String name, BsonDocument command) {
    }

    private final Environment environment;
    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();
    private volatile boolean recording;
    private MongoClient unrecorded;

    public RecordedMongoCommands(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof MongoClient original)) {
            return bean;
        }
        String uri = environment.getProperty("jixiao.mongodb.uri", "");
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applicationName("jixiao").addCommandListener(this);
        if (uri.isBlank()) {
            List<com.mongodb.ServerAddress> hosts = original.getClusterDescription().getClusterSettings().getHosts();
            settings.applyToClusterSettings(cluster -> cluster.hosts(hosts));
        } else {
            settings.applyConnectionString(new ConnectionString(uri));
        }
        unrecorded = original; // the test's own look-ups go through it, so they are never recorded
        return MongoClients.create(settings.build());
    }

    /** A client to the same server whose commands are not recorded. */
    public MongoClient unrecorded() {
        return unrecorded;
    }

    @Override
    public void destroy() {
        if (unrecorded != null) {
            unrecorded.close();
        }
    }

    public void start() {
        recorded.clear();
        recording = true;
    }

    public List<Recorded> stop() {
        recording = false;
        return List.copyOf(recorded);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (recording) {
            recorded.add(new Recorded(event.getDatabaseName(), event.getCommandName(), event.getCommand().clone()));
        }
    }
}
