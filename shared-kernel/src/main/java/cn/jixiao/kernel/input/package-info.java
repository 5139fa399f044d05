/**
 * What any input must be before it means anything: text free of control characters and broken Unicode, within a
 * length, and the stable codes with which the HTTP layer refuses the rest (strict JSON, sizes, shapes).
 */
package cn.jixiao.kernel.input;
