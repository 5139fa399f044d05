package cn.jixiao.query;

import org.axonframework.eventhandling.EventMessage;

/** Applies one event to a read model; events it does not care about are ignored. */
@FunctionalInterface
public interface Projector {
    void handle(EventMessage<?> event);
}
