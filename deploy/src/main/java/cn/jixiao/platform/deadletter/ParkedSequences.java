package cn.jixiao.platform.deadletter;

import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.platform.tenancy.TenantRuntime;
import cn.jixiao.platform.tenancy.TenantRuntimes;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an operator sees of and does with a tenant's parked sequences: one per declaration (and processing group)
 * whose events could not be projected, with the first parked event, its cause, when it was first and last tried,
 * and how many events wait behind it. A retry hands a sequence's events to the group's handlers again, in order,
 * through Axon's dead-letter processor; what fails again stays parked with its new cause.
 */
@Component
public class ParkedSequences {

    private final TenantRuntimes runtimes;

    public ParkedSequences(TenantRuntimes runtimes, MeterRegistry meters) {
        this.runtimes = runtimes;
        Gauge.builder("jixiao.projection.parked.sequences", this, ParkedSequences::countRunning)
                .description("Declaration streams parked in the dead-letter queues of the tenants running here")
                .register(meters);
    }

    /** One parked sequence as the operator sees it. */
    public record Parked(String group, String sequence, String eventType, String causeType, String cause,
                         Instant firstAttempt, Instant lastAttempt, long count) {
    }

    /** A retry's outcome: the sequences handled, and what is still parked. */
    public record Retried(int retried, List<Parked> stillParked) {
    }

    public List<Parked> list(TenantRuntime runtime) {
        List<Parked> all = new ArrayList<>();
        queues(runtime).values().forEach(queue -> queue.parked().forEach(letters -> all.add(view(queue.group(), letters))));
        return all;
    }

    /** Retries every parked sequence of the tenant, each once. */
    public Retried retryAll(TenantRuntime runtime) {
        int retried = 0;
        for (Parked parked : list(runtime)) {
            if (retry(runtime, parked.group(), parked.sequence())) {
                retried++;
            }
        }
        return new Retried(retried, list(runtime));
    }

    /** Empty when the group has no such parked sequence. */
    public Optional<Retried> retryOne(TenantRuntime runtime, String group, String sequence) {
        MongoDeadLetterQueue queue = queues(runtime).get(group);
        if (queue == null || !queue.contains(sequence)) {
            return Optional.empty();
        }
        return Optional.of(new Retried(retry(runtime, group, sequence) ? 1 : 0, list(runtime)));
    }

    /** Parked sequences per tenant running here and group: for the health details. */
    public Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (TenantRuntime runtime : runtimes.running()) {
            Map<String, Long> groups = new TreeMap<>();
            queues(runtime).forEach((group, queue) -> {
                long parked = queue.amountOfSequences();
                if (parked > 0) {
                    groups.put(group, parked);
                }
            });
            if (!groups.isEmpty()) {
                counts.put(runtime.tenant().value(), groups);
            }
        }
        return counts;
    }

    public Optional<TenantRuntime> runtime(TenantId tenant) {
        return runtimes.of(tenant);
    }

    private double countRunning() {
        return counts().values().stream().flatMap(groups -> groups.values().stream()).mapToLong(Long::longValue).sum();
    }

    private boolean retry(TenantRuntime runtime, String group, String sequence) {
        Optional<SequencedDeadLetterProcessor<org.axonframework.eventhandling.EventMessage<?>>> processor =
                runtime.axon().eventProcessingConfiguration().sequencedDeadLetterProcessor(group);
        return processor.map(p -> p.process(letter -> letter instanceof MongoDeadLetter parked
                && parked.sequence().equals(sequence))).orElse(false);
    }

    private static Map<String, MongoDeadLetterQueue> queues(TenantRuntime runtime) {
        EventProcessingConfiguration processing = runtime.axon().eventProcessingConfiguration();
        Map<String, MongoDeadLetterQueue> queues = new TreeMap<>();
        for (String group : processing.eventProcessors().keySet()) {
            processing.deadLetterQueue(group).ifPresent(queue -> {
                if (queue instanceof MongoDeadLetterQueue mongo) {
                    queues.put(group, mongo);
                }
            });
        }
        return queues;
    }

    private static Parked view(String group, List<MongoDeadLetter> letters) {
        MongoDeadLetter first = letters.get(0);
        return new Parked(group, first.sequence(), first.eventType(),
                first.cause().map(c -> c.type()).orElse(null), first.cause().map(c -> c.message()).orElse(null),
                first.enqueuedAt(), first.lastTouched(), letters.size());
    }
}
