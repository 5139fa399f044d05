/**
 * Health that tells the truth: readiness (may this instance take traffic?) is UP only when MongoDB answers, the
 * tenant registry can be read and, where the demo is enabled, the demo tenant and its seed form are in place;
 * liveness (should it be restarted?) asks nothing of MongoDB, so a database outage does not restart every pod.
 * A taken port stops the start with a message naming it.
 */
package cn.jixiao.platform.health;
