/** The edit history of a declaration (编辑历史): every event from the event store, who, when, and a one-line summary. */
package cn.jixiao.query.history;
