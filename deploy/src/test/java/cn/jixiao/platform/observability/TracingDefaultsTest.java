package cn.jixiao.platform.observability;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TracingDefaultsTest {

    @Test
    void withoutAnOtlpEndpointNothingIsSampledExportedOrPropagated() {
        StandardEnvironment environment = new StandardEnvironment();
        new TracingDefaults().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("management.tracing.enabled", Boolean.class)).isFalse();
        assertThat(environment.getProperty("management.tracing.sampling.probability", Double.class)).isZero();
    }

    @Test
    void anOtlpEndpointTurnsTracingOnUnlessTracingIsSetExplicitly() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator",
                Map.of(TracingDefaults.ENDPOINT, "http://otel-collector:4318/v1/traces",
                        "management.tracing.sampling.probability", "0.2")));
        new TracingDefaults().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("management.tracing.enabled", Boolean.class)).isTrue();
        assertThat(environment.getProperty("management.tracing.sampling.probability", Double.class)).isEqualTo(0.2);
    }
}
