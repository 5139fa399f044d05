/** command-side. */
package cn.jixiao.command;
