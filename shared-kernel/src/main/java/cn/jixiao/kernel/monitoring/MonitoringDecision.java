package cn.jixiao.kernel.monitoring;

/** What the performance section decided on a submitted monitoring form. */
public enum MonitoringDecision {
    RETURN, ACCEPT
}
