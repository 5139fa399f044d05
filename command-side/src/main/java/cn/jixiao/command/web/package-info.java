/**
 * RFC 9457 problems for the whole application: one {@code @RestControllerAdvice} that the query side's
 * endpoints rely on as well.
 */
package cn.jixiao.command.web;
