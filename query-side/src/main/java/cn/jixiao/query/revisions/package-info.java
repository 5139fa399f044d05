/** Submitted revisions and the diff between two of them (goals and indicators matched by id). */
package cn.jixiao.query.revisions;
