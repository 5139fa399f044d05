/**
 * The year-end self-evaluation (绩效自评, 财预〔2020〕10号): built from a declaration's approved revision, it scores
 * each indicator's actual value against its approved target and the budget's execution rate, and grades the total.
 * Messages, the fold ({@link cn.jixiao.kernel.evaluation.EvaluationState}) and the scoring rules
 * ({@link cn.jixiao.kernel.evaluation.Scoring}, {@link cn.jixiao.kernel.evaluation.EvaluationRules}) live here so
 * the aggregate, the projections and time travel compute the same score.
 */
package cn.jixiao.kernel.evaluation;
