package cn.jixiao.kernel.register;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationRejectedException.Reason;
import cn.jixiao.kernel.declaration.Finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static cn.jixiao.kernel.register.RegisterCodes.*;

/**
 * What each register command becomes, given the register as it stands: the events to apply, none when nothing
 * would change, or a {@link RegisterRejectedException} with a stable code ({@link RegisterCodes}) and nothing
 * applied.
 */
public final class RegisterRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private RegisterRules() {
    }

    public static List<RegisterEvent> decide(RegisterState state, RegisterCommand command) {
        RegisterId id = command.registerId();
        if (command instanceof DefineSectionCommand c) {
            return List.of(new SectionDefinedEvent(id, required(c.section(), "section", SECTION_UNKNOWN),
                    text(c.name(), "name", SECTION_NAME_REQUIRED, "股室名称不能为空")));
        } else if (command instanceof RegisterUnitCommand c) {
            return List.of(register(state, c));
        } else if (command instanceof RenameUnitCommand c) {
            return rename(state, c);
        } else if (command instanceof MoveUnitCommand c) {
            RegisteredUnit unit = open(state, c.unit());
            SectionId to = knownSection(state, c.section(), "section");
            return to.equals(unit.section()) ? List.of() : List.of(new UnitMovedEvent(id, unit.code(), unit.section(), to));
        } else if (command instanceof ChangeCompetentDepartmentCommand c) {
            RegisteredUnit unit = open(state, c.unit());
            UnitCode to = department(state, unit.code(), c.department());
            return Objects.equals(to, unit.department()) ? List.of()
                    : List.of(new CompetentDepartmentChangedEvent(id, unit.code(), unit.department(), to));
        } else if (command instanceof CloseUnitCommand c) {
            RegisteredUnit unit = existing(state, c.unit());
            return unit.closed() ? List.of() : List.of(new UnitClosedEvent(id, unit.code(), c.reason()));
        } else if (command instanceof RecordUserCommand c) {
            return List.of(user(state, c));
        } else if (command instanceof SetYearSettingsCommand c) {
            if (c.year() < FIRST_YEAR || c.year() > LAST_YEAR) {
                throw RegisterRejectedException.invalid(YEAR_INVALID, "year", "年度须在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间");
            }
            if (c.edition() == null) {
                throw RegisterRejectedException.invalid(EDITION_REQUIRED, "edition", "须指定该年度的指标体系版本（2020 或 2021）");
            }
            return List.of(new YearSettingsSetEvent(id, c.year(), c.edition(), c.reviewDeadline()));
        } else if (command instanceof SetCompetentReviewCommand c) {
            return c.enabled() == state.competentReview() ? List.of() : List.of(new CompetentReviewSetEvent(id, c.enabled()));
        } else if (command instanceof ImportUnitsCommand c) {
            return importUnits(state, c);
        }
        throw new IllegalArgumentException("not a register command: " + command);
    }

    /**
     * Every row in order, each on the register as the rows before it left it (a competent department comes before
     * its units). All problems are reported at once, by row ({@code rows[i]...}); any problem applies nothing.
     */
    static List<RegisterEvent> importUnits(RegisterState state, ImportUnitsCommand command) {
        if (command.rows() == null || command.rows().isEmpty()) {
            throw RegisterRejectedException.invalid(ROWS_REQUIRED, "rows", "表中没有单位");
        }
        List<RegisterEvent> events = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        Set<UnitCode> seen = new HashSet<>();
        RegisterState current = state;
        for (int i = 0; i < command.rows().size(); i++) {
            RegisterUnitCommand row = sectionByName(current, command.rows().get(i));
            String at = "rows[" + i + "]";
            try {
                if (row.unit() != null && !seen.add(row.unit())) {
                    throw RegisterRejectedException.conflict(UNIT_CODE_DUPLICATE, "unit", "表中单位代码重复: " + row.unit());
                }
                List<RegisterEvent> rowEvents = current.unit(row.unit()).isPresent() ? update(current, row)
                        : List.of(register(current, row));
                for (RegisterEvent event : rowEvents) {
                    current = current.apply(event);
                }
                events.addAll(rowEvents);
            } catch (RegisterRejectedException e) {
                e.findings().forEach(f -> problems.add(new Finding(f.code(), at + "." + f.field(), f.message())));
                if (e.findings().isEmpty()) {
                    problems.add(new Finding(e.code(), at, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RegisterRejectedException(Reason.INVALID, "REGISTER_SHEET_INVALID",
                    "单位表有 " + problems.size() + " 处问题，未导入任何单位", problems);
        }
        return events;
    }

    /** A sheet may name the section rather than give its id. */
    private static RegisterUnitCommand sectionByName(RegisterState state, RegisterUnitCommand row) {
        if (row.section() == null || state.section(row.section()).isPresent()) {
            return row;
        }
        return state.sections().values().stream()
                .filter(section -> RegisterState.compact(section.name()).equals(RegisterState.compact(row.section().value())))
                .findFirst()
                .map(section -> new RegisterUnitCommand(row.registerId(), row.unit(), row.name(), row.kind(),
                        row.department(), section.id()))
                .orElse(row);
    }

    /** A known unit brought up to what the row says: a new name, section or competent department. */
    private static List<RegisterEvent> update(RegisterState state, RegisterUnitCommand row) {
        List<RegisterEvent> events = new ArrayList<>(rename(state,
                new RenameUnitCommand(row.registerId(), row.unit(), row.name())));
        events.addAll(decide(state, new MoveUnitCommand(row.registerId(), row.unit(), row.section())));
        events.addAll(decide(state, new ChangeCompetentDepartmentCommand(row.registerId(), row.unit(), row.department())));
        return events;
    }

    private static UnitRegisteredEvent register(RegisterState state, RegisterUnitCommand c) {
        UnitCode code = required(c.unit(), "unit", UNIT_NOT_FOUND);
        if (state.unit(code).isPresent()) {
            throw RegisterRejectedException.conflict(UNIT_CODE_DUPLICATE, "unit", "单位代码已登记: " + code);
        }
        String name = freeName(state, code, c.name());
        SectionId section = knownSection(state, c.section(), "section");
        UnitCode department = department(state, code, c.department());
        return new UnitRegisteredEvent(c.registerId(), code, name, c.kind() == null ? UnitKind.UNIT : c.kind(),
                department, section);
    }

    private static List<RegisterEvent> rename(RegisterState state, RenameUnitCommand c) {
        RegisteredUnit unit = open(state, c.unit());
        String name = text(c.name(), "name", UNIT_NAME_REQUIRED, "单位名称不能为空");
        if (RegisterState.compact(name).equals(RegisterState.compact(unit.name()))) {
            return List.of();
        }
        freeName(state, unit.code(), name);
        return List.of(new UnitRenamedEvent(c.registerId(), unit.code(), unit.name(), name));
    }

    /** Import resolves a unit by its name: two units may not answer to the same one. */
    private static String freeName(RegisterState state, UnitCode code, String name) {
        String text = text(name, "name", UNIT_NAME_REQUIRED, "单位名称不能为空");
        Optional<RegisteredUnit> holder = state.unitNamed(text).filter(other -> !other.code().equals(code));
        if (holder.isPresent()) {
            throw RegisterRejectedException.conflict(UNIT_NAME_TAKEN, "name",
                    "单位名称“" + text + "”已属于单位 " + holder.get().code() + "（现名或曾用名）");
        }
        return text;
    }

    /** Null when none; refused when unknown, closed, the unit itself or one of its descendants. */
    private static UnitCode department(RegisterState state, UnitCode unit, UnitCode department) {
        if (department == null) {
            return null;
        }
        if (state.isAtOrAbove(unit, department)) {
            throw RegisterRejectedException.invalid(DEPARTMENT_CYCLE, "department", department.equals(unit)
                    ? "单位不能是自己的主管部门" : "主管部门 " + department + " 隶属于单位 " + unit + "，不能反过来作其主管部门");
        }
        RegisteredUnit found = state.unit(department).orElseThrow(() -> RegisterRejectedException.invalid(
                DEPARTMENT_UNKNOWN, "department", "主管部门未登记: " + department));
        if (found.closed()) {
            throw RegisterRejectedException.invalid(UNIT_CLOSED, "department", "主管部门已撤销: " + department);
        }
        return department;
    }

    private static UserRecordedEvent user(RegisterState state, RecordUserCommand c) {
        UserId id = required(c.user(), "user", USER_NAME_REQUIRED);
        String name = text(c.name(), "name", USER_NAME_REQUIRED, "用户姓名不能为空");
        Set<Role> roles = c.roles() == null ? Set.of() : Set.copyOf(c.roles());
        if (roles.isEmpty() || roles.contains(Role.PLATFORM_OPERATOR)) {
            throw RegisterRejectedException.invalid(USER_ROLES_REQUIRED, "roles", "须为用户指定租户内的角色（平台运维不属于租户）");
        }
        UnitCode unit = c.unit();
        if (roles.contains(Role.FILER) && unit == null) {
            throw RegisterRejectedException.invalid(FILER_UNIT_REQUIRED, "unit", "填报人须属于一个已登记的单位");
        }
        if (unit != null) {
            RegisteredUnit found = existing(state, unit, "unit");
            if (found.closed()) {
                throw RegisterRejectedException.conflict(UNIT_CLOSED, "unit", "单位已撤销，不能再有填报人: " + unit);
            }
        }
        SectionId section = c.section();
        if (roles.contains(Role.BUSINESS_REVIEWER) && section == null) {
            throw RegisterRejectedException.invalid(REVIEWER_SECTION_REQUIRED, "section", "业务股室审核人须属于一个业务股室");
        }
        if (section != null) {
            knownSection(state, section, "section");
            requireOneSection(state, id, section);
        }
        return new UserRecordedEvent(c.registerId(), id, name, roles, unit, section);
    }

    /**
     * A reviewer belongs to one section: moving one to another is two steps (out, then in), so that a section's
     * worklist is never handed over by a typo.
     */
    private static void requireOneSection(RegisterState state, UserId id, SectionId section) {
        state.user(id.value()).map(RegisteredUser::section).filter(current -> !current.equals(section))
                .ifPresent(current -> {
                    throw RegisterRejectedException.conflict(USER_IN_TWO_SECTIONS, "section", "用户 " + id + " 已属于业务股室“"
                            + state.section(current).map(Section::name).orElse(current.value())
                            + "”，一人只能属于一个股室；请先将其移出（section 置空）再加入");
                });
    }

    private static SectionId knownSection(RegisterState state, SectionId section, String field) {
        if (section == null) {
            throw RegisterRejectedException.invalid(SECTION_UNKNOWN, field, "须指定业务股室");
        }
        if (state.section(section).isEmpty()) {
            throw RegisterRejectedException.invalid(SECTION_UNKNOWN, field, "业务股室未设立: " + section);
        }
        return section;
    }

    private static RegisteredUnit open(RegisterState state, UnitCode code) {
        RegisteredUnit unit = existing(state, code);
        if (unit.closed()) {
            throw RegisterRejectedException.conflict(UNIT_CLOSED, "unit", "单位已撤销: " + code);
        }
        return unit;
    }

    private static RegisteredUnit existing(RegisterState state, UnitCode code) {
        return state.unit(code).orElseThrow(() -> RegisterRejectedException.notFound(UNIT_NOT_FOUND, "单位未登记: " + code));
    }

    private static RegisteredUnit existing(RegisterState state, UnitCode code, String field) {
        return state.unit(code).orElseThrow(() -> RegisterRejectedException.invalid(UNIT_NOT_FOUND, field, "单位未登记: " + code));
    }

    private static <T> T required(T value, String field, String code) {
        if (value == null) {
            throw RegisterRejectedException.invalid(code, field, "缺少 " + field);
        }
        return value;
    }

    private static String text(String value, String field, String code, String message) {
        if (value == null || value.isBlank()) {
            throw RegisterRejectedException.invalid(code, field, message);
        }
        return value.strip();
    }
}
