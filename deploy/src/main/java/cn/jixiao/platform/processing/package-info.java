/**
 * Several instances on one database: each announces itself and the tenants it runs
 * ({@link cn.jixiao.platform.processing.InstanceAnnouncements}), and gives up the processor segments it holds beyond
 * its fair share, so the others claim them ({@link cn.jixiao.platform.processing.SegmentBalancer}).
 */
package cn.jixiao.platform.processing;
