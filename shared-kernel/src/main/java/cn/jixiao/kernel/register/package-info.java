/**
 * The tenant's register (单位名册) in the published language: units with their former names, competent
 * departments and business sections; users (the token's {@code sub}) with what they may act on; yearly settings.
 * {@link cn.jixiao.kernel.register.RegisterState} folds its events, {@link cn.jixiao.kernel.register.RegisterRules}
 * decides its commands with the codes of {@link cn.jixiao.kernel.register.RegisterCodes}.
 */
package cn.jixiao.kernel.register;
