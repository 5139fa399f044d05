package cn.jixiao.kernel.declaration;

import java.util.List;

/** Why the project: its basis (立项依据), necessity and feasibility, and its implementation plan in rows. */
public record ProjectRationale(String basis, String necessity, String feasibility, List<PlanRow> plan) {

    public static final ProjectRationale EMPTY = new ProjectRationale("", "", "", List.of());

    public ProjectRationale {
        basis = basis == null ? "" : basis;
        necessity = necessity == null ? "" : necessity;
        feasibility = feasibility == null ? "" : feasibility;
        plan = plan == null ? List.of() : List.copyOf(plan);
    }
}
