/**
 * The register as one event-sourced aggregate per tenant ({@link cn.jixiao.command.register.Register}), the port
 * through which the declaration's handlers consult it ({@link cn.jixiao.command.register.TenantRegister}), the
 * checks they make ({@link cn.jixiao.command.register.DeclarationChecks}) and the Excel unit sheet; the admin
 * endpoints are in {@code web}.
 */
package cn.jixiao.command.register;
