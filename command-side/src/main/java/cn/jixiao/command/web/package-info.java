/**
 * What the command side's endpoints refuse before a command is sent; answered, as every refusal, by the one
 * advice of {@code cn.jixiao.web}.
 */
package cn.jixiao.command.web;
