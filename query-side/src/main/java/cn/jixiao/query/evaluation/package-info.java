/**
 * The self-evaluation's read side: one document per self-evaluation (the form with its computed scores, the very
 * fold and scorecard the aggregate decides on), lists and worklists per year, and the form as of any version.
 */
package cn.jixiao.query.evaluation;
