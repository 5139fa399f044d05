package cn.jixiao.query.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Builds the audit module from {@code jixiao.audit.*}; deploy gives it to {@code QuerySideModule}. Without a
 * configured key, a {@link SharedSigningKey} bean (deploy: on a shared database) decides the key instead of the file.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditConfiguration {

    @Bean
    public AuditModule auditModule(AuditProperties properties, ObjectProvider<SharedSigningKey> shared,
                                   ObjectProvider<EventPositions> positions) {
        return new AuditModule(properties.keys(shared.getIfAvailable()), properties.policy(), Clock.systemUTC(),
                positions.getIfAvailable(() -> EventPositions.FROM_TOKENS));
    }
}
