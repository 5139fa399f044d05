package cn.jixiao.platform.observability;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Tracing is off unless an OTLP endpoint is configured ({@code MANAGEMENT_OTLP_TRACING_ENDPOINT}): without one
 * there is nobody to send spans to, so none are made. Added last, so an explicit
 * {@code management.tracing.enabled} still wins.
 */
public class TracingDefaults implements EnvironmentPostProcessor {

    static final String ENDPOINT = "management.otlp.tracing.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String endpoint = environment.getProperty(ENDPOINT);
        boolean configured = endpoint != null && !endpoint.isBlank();
        environment.getPropertySources().addLast(new MapPropertySource("jixiao-tracing-defaults",
                Map.of("management.tracing.enabled", configured)));
    }
}
