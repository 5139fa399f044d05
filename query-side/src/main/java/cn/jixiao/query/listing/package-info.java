/** {@code GET /declarations}: filters, text search on the unit name, the reviewer's queue, paging and sorting. */
package cn.jixiao.query.listing;
