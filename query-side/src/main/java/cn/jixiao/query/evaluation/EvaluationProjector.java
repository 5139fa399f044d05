package cn.jixiao.query.evaluation;

import cn.jixiao.kernel.evaluation.EvaluationState;
import cn.jixiao.kernel.evaluation.SelfEvaluationEvent;
import cn.jixiao.query.projection.ReadModelWriter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes each self-evaluation a batch touches as the kernel's fold of its whole stream shows it. A self-evaluation
 * has a few dozen events, so folding its stream (one key-served read) is cheaper than keeping a second state and
 * leaves nothing to miss: a redelivered, reordered or rebuilt batch writes the same document, and only over an
 * older version.
 */
final class EvaluationProjector implements ReadModelWriter {

    private final EventStore eventStore;
    private final EvaluationStore store;

    EvaluationProjector(EventStore eventStore, EvaluationStore store) {
        this.eventStore = eventStore;
        this.store = store;
    }

    @Override
    public void write(List<? extends EventMessage<?>> batch) {
        Set<String> touched = new LinkedHashSet<>();
        for (EventMessage<?> message : batch) {
            if (message.getPayload() instanceof SelfEvaluationEvent event) {
                touched.add(event.evaluationId().value());
            }
        }
        touched.forEach(this::project);
    }

    private void project(String evaluationId) {
        List<EventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(evaluationId, 0);
        stream.forEachRemaining(events::add);
        EvaluationState state = EvaluationState.replay(events.iterator());
        if (state != null) {
            store.save(EvaluationView.of(state, events.get(events.size() - 1).getTimestamp().toString()));
        }
    }
}
