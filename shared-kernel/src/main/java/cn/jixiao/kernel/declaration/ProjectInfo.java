package cn.jixiao.kernel.declaration;

/**
 * The project section of a project form: name and code as in the budget's project library, 新增/延续, the
 * competent department (主管部门) and the implementing unit (实施单位), the person responsible with their phone,
 * and the period as start and end month ({@link Month}, {@code YYYY-MM}). Absent text is {@code ""}.
 */
public record ProjectInfo(String name, String code, ProjectAttribute attribute, String competentDepartment,
                          String implementingUnit, Contact responsible, String startMonth, String endMonth) {

    public static final ProjectInfo EMPTY = new ProjectInfo("", "", null, "", "", DeclarationForm.NO_CONTACT, "", "");

    public ProjectInfo {
        name = text(name);
        code = text(code);
        competentDepartment = text(competentDepartment);
        implementingUnit = text(implementingUnit);
        responsible = responsible != null ? responsible : DeclarationForm.NO_CONTACT;
        startMonth = text(startMonth);
        endMonth = text(endMonth);
    }

    public boolean continuing() {
        return attribute == ProjectAttribute.CONTINUING;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
