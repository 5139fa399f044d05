package cn.jixiao.query.projection;

import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/**
 * Writes a batch of events (in the order the processor delivered them) into the documents of one read-model
 * generation: the batch is folded into the states it touches and each touched document is written once. Events it
 * does not care about are ignored.
 */
@FunctionalInterface
public interface ReadModelWriter {

    void write(List<? extends EventMessage<?>> batch);
}
