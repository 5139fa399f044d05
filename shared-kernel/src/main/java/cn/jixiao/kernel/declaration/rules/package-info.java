/**
 * The rules of a declaration (domain.md "Rules"): each a small named check with a stable code
 * ({@link cn.jixiao.kernel.declaration.rules.RuleCodes}), a field path and a message in the domain's words.
 */
package cn.jixiao.kernel.declaration.rules;
