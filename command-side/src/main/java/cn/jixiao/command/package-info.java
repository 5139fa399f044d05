/**
 * The command side: the Declaration aggregate ({@code declaration}), its HTTP endpoints
 * ({@code declaration.web}), RFC 9457 problems for every endpoint of the application ({@code web}) and
 * Idempotency-Key handling ({@code idempotency}). Declares the ports deploy implements
 * ({@link cn.jixiao.command.TenantCommandGateway}, {@link cn.jixiao.command.idempotency.IdempotencyRecords}) and registers
 * itself in each tenant's Axon configuration through {@link cn.jixiao.command.CommandSideModule}.
 * Depends on shared-kernel only, never on query-side.
 */
package cn.jixiao.command;
