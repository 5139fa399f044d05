/** HTTP endpoints of the self-evaluation's write side ({@code /api/v1/self-evaluations}). */
package cn.jixiao.command.evaluation.web;
