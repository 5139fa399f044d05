/** Idempotency-Key on POSTs, remembered for 24 h in the tenant's {@code idempotency} collection. */
package cn.jixiao.command.idempotency;
