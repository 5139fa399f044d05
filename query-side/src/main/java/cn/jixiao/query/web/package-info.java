/**
 * What every read endpoint of the query side needs: who may read ({@link cn.jixiao.query.web.Readers}), problems
 * as RFC 9457 ({@link cn.jixiao.web.ApiProblem}, answered by the one advice), blocking calls off the event loop, and read-your-writes
 * ({@code ?minVersion=N}).
 */
package cn.jixiao.query.web;
