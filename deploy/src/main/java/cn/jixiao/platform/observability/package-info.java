/**
 * What an operator reads: every log line of a request carries its correlation id, tenant and user (MDC filled from
 * the reactive context), one access line per request, structured JSON on request, no bearer token or phone number
 * in any line; traces leave over OTLP only when an endpoint is configured.
 */
package cn.jixiao.platform.observability;
