package cn.jixiao.platform.deadletter;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The parked projection streams of the tenants running here, per tenant and group. Parked streams leave the service
 * up (the rest of the tenant and every other tenant go on); they are for the operator to look at and retry.
 */
@Component("deadLettersHealthIndicator")
public class DeadLetterHealth extends AbstractHealthIndicator {

    private final ParkedSequences parked;

    public DeadLetterHealth(ParkedSequences parked) {
        this.parked = parked;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("parked", parked.counts());
    }
}
