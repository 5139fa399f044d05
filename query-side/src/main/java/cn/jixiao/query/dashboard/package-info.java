/**
 * The dashboard of a tenant and year: declarations by status, budget totals, indicators per category, warnings
 * of the latest revisions and review turnaround, as a snapshot and as a live stream of snapshots.
 *
 * <p>The projection keeps one contribution document per declaration (with the last applied sequence number, so a
 * replayed event changes nothing); the figures are summed from those when read.
 */
package cn.jixiao.query.dashboard;
