/** shared-kernel. */
package cn.jixiao.kernel;
