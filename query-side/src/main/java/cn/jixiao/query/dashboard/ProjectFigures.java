package cn.jixiao.query.dashboard;

import cn.jixiao.kernel.declaration.Amount;

/** The project forms of one competent department (主管部门) in a year: how many, and their funds in 万元. */
public record ProjectFigures(int projects, Amount funds) {

    static final ProjectFigures NONE = new ProjectFigures(0, Amount.ZERO);

    public ProjectFigures {
        funds = funds != null ? funds : Amount.ZERO;
    }

    ProjectFigures plus(ProjectFigures other) {
        return new ProjectFigures(projects + other.projects, funds.plus(other.funds));
    }
}
