/** query-side. */
package cn.jixiao.query;
