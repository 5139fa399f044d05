package cn.jixiao.query.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Builds the audit module from {@code jixiao.audit.*}; deploy gives it to {@code QuerySideModule}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditConfiguration {

    @Bean
    public AuditModule auditModule(AuditProperties properties) {
        return new AuditModule(properties.keys(), properties.policy(), Clock.systemUTC());
    }
}
