/**
 * The declaration (绩效目标申报表) as an event-sourced aggregate: every change a command, every fact an event of
 * shared-kernel, every rule a named method with a stable code ({@link cn.jixiao.command.declaration.LifecycleCodes}
 * here, {@link cn.jixiao.kernel.declaration.rules.RuleCodes} for the form rules).
 */
package cn.jixiao.command.declaration;
