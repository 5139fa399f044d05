package cn.jixiao.query.register;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.register.RegisteredUnit;
import cn.jixiao.kernel.register.RegisteredUser;
import cn.jixiao.kernel.register.Section;
import cn.jixiao.kernel.register.UnitKind;
import cn.jixiao.kernel.register.YearSettings;

import java.util.List;
import java.util.Objects;

/** The register's rows as the API serves them and the read model stores them (strings, enums, lists only). */
public final class RegisterViews {

    private RegisterViews() {
    }

    public record UnitView(String code, String name, List<String> formerNames, UnitKind kind, String department,
                           String section, boolean closed) {

        static UnitView of(RegisteredUnit unit) {
            return new UnitView(unit.code().value(), unit.name(), unit.formerNames(), unit.kind(),
                    text(unit.department()), text(unit.section()), unit.closed());
        }
    }

    public record SectionView(String id, String name) {

        static SectionView of(Section section) {
            return new SectionView(section.id().value(), section.name());
        }
    }

    public record UserView(String id, String name, List<Role> roles, String unit, String section) {

        static UserView of(RegisteredUser user) {
            return new UserView(user.id().value(), user.name(), user.roles().stream().sorted().toList(),
                    text(user.unit()), text(user.section()));
        }
    }

    /** {@code reviewDeadline} ISO-8601 ({@code 2021-03-31}), null when none. */
    public record YearView(int year, String edition, String reviewDeadline) {

        static YearView of(YearSettings settings) {
            return new YearView(settings.year(), settings.edition().code(), text(settings.reviewDeadline()));
        }
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
