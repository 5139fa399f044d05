/** The HTTP endpoints of mid-year monitoring's write side. */
package cn.jixiao.command.monitoring.web;
