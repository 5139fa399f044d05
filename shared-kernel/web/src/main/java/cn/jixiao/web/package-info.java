/**
 * The API's one way to answer an error, shared by the command and the query side (which never know each other):
 * {@link cn.jixiao.web.ApiProblem} to throw, {@link cn.jixiao.web.ProblemAdvice} to answer, in the published
 * problem types of {@code cn.jixiao.kernel.input}.
 */
package cn.jixiao.web;
