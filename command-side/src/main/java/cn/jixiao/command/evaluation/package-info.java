/**
 * The self-evaluation's write side: the {@link cn.jixiao.command.evaluation.SelfEvaluation} aggregate, one per
 * approved declaration, and the port through which it reads the declaration's approved revision.
 */
package cn.jixiao.command.evaluation;
