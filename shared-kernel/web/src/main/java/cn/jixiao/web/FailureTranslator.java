package cn.jixiao.web;

import org.springframework.web.ErrorResponse;

import java.util.Optional;

/**
 * What only the assembled service knows a failure means (the store being unavailable, say), for the one advice
 * to answer: asked, in order, before the advice's own mapping, with the failure as the controller raised it
 * (the translator looks through its causes itself).
 */
@FunctionalInterface
public interface FailureTranslator {

    Optional<ErrorResponse> translate(Throwable failure);
}
