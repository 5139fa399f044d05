package cn.jixiao.query.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Builds the audit module from {@code jixiao.audit.*} and installs it for {@code QuerySideModule}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
public class AuditConfiguration {

    @Bean
    public AuditModule auditModule(AuditProperties properties) {
        return AuditModule.install(new AuditModule(properties.keys(), properties.policy(), Clock.systemUTC()));
    }
}
