package cn.jixiao.kernel.register;

import cn.jixiao.kernel.declaration.Edition;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A tenant's register as its events have made it: units, business sections, users and yearly settings, and the
 * version (the number of events applied); whether project forms skip the competent department's review. The aggregate decides on it, the command side's checks on declarations
 * read it, and the read models are written from it, so all three see the same register. Immutable: {@link #apply}
 * answers a new state.
 */
public record RegisterState(Map<UnitCode, RegisteredUnit> units, Map<SectionId, Section> sections,
                            Map<UserId, RegisteredUser> users, Map<Integer, YearSettings> years,
                            boolean competentReviewSkipped, long version) {

    public static final RegisterState EMPTY = new RegisterState(Map.of(), Map.of(), Map.of(), Map.of(), false, 0);

    public RegisterState {
        units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        users = Collections.unmodifiableMap(new LinkedHashMap<>(users));
        years = Collections.unmodifiableMap(new LinkedHashMap<>(years));
    }

    /** The state after {@code event}. */
    public RegisterState apply(RegisterEvent event) {
        if (event instanceof SectionDefinedEvent e) {
            return withSections(put(sections, e.section(), new Section(e.section(), e.name())));
        } else if (event instanceof UnitRegisteredEvent e) {
            return withUnits(put(units, e.unit(), new RegisteredUnit(e.unit(), e.name(), List.of(), e.kind(),
                    e.department(), e.section(), false)));
        } else if (event instanceof UnitRenamedEvent e) {
            return withUnit(e.unit(), u -> new RegisteredUnit(u.code(), e.name(), appended(u.formerNames(),
                    e.formerName()), u.kind(), u.department(), u.section(), u.closed()));
        } else if (event instanceof UnitMovedEvent e) {
            return withUnit(e.unit(), u -> new RegisteredUnit(u.code(), u.name(), u.formerNames(), u.kind(),
                    u.department(), e.to(), u.closed()));
        } else if (event instanceof CompetentDepartmentChangedEvent e) {
            return withUnit(e.unit(), u -> new RegisteredUnit(u.code(), u.name(), u.formerNames(), u.kind(), e.to(),
                    u.section(), u.closed()));
        } else if (event instanceof UnitClosedEvent e) {
            return withUnit(e.unit(), u -> new RegisteredUnit(u.code(), u.name(), u.formerNames(), u.kind(),
                    u.department(), u.section(), true));
        } else if (event instanceof UserRecordedEvent e) {
            return withUsers(put(users, e.user(), new RegisteredUser(e.user(), e.name(), e.roles(), e.unit(),
                    e.section())));
        }
        if (event instanceof CompetentReviewSetEvent e) {
            return new RegisterState(units, sections, users, years, !e.enabled(), version + 1);
        }
        YearSettingsSetEvent e = (YearSettingsSetEvent) event;
        return withYears(put(years, e.year(), new YearSettings(e.year(), e.edition(), e.reviewDeadline())));
    }

    public boolean isEmpty() {
        return version == 0;
    }

    public Optional<RegisteredUnit> unit(UnitCode code) {
        return Optional.ofNullable(code == null ? null : units.get(code));
    }

    public Optional<RegisteredUnit> unit(String code) {
        return code == null || code.isBlank() ? Optional.empty() : unit(UnitCode.of(code));
    }

    public Optional<Section> section(SectionId id) {
        return Optional.ofNullable(id == null ? null : sections.get(id));
    }

    public Optional<RegisteredUser> user(String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.ofNullable(users.get(UserId.of(id)));
    }

    /** Whether a project form submitted now goes to the competent department first (the default). */
    public boolean competentReview() {
        return !competentReviewSkipped;
    }

    /** The edition the tenant set for the year's forms, if it did. */
    public Optional<Edition> edition(int year) {
        return Optional.ofNullable(years.get(year)).map(YearSettings::edition);
    }

    /**
     * The unit that bears this name now, or bore it before (a form of a past year carries the name of its time).
     * Whitespace and full-width forms do not count.
     */
    public Optional<RegisteredUnit> unitNamed(String name) {
        String wanted = compact(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return units.values().stream().filter(u -> compact(u.name()).equals(wanted)).findFirst()
                .or(() -> units.values().stream()
                        .filter(u -> u.formerNames().stream().anyMatch(former -> compact(former).equals(wanted)))
                        .findFirst());
    }

    /** The registered names (current ones) closest to {@code name}, the closest first: what the user may have meant. */
    public List<String> closestNames(String name, int howMany) {
        String wanted = compact(name);
        return units.values().stream().map(RegisteredUnit::name)
                .sorted(Comparator.comparingInt((String candidate) -> EditDistance.between(wanted, compact(candidate)))
                        .thenComparing(Function.identity()))
                .limit(howMany).toList();
    }

    /** Whether {@code ancestor} is {@code unit} itself or a competent department above it. */
    public boolean isAtOrAbove(UnitCode ancestor, UnitCode unit) {
        UnitCode current = unit;
        for (int depth = 0; current != null && depth <= units.size(); depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = unit(current).map(RegisteredUnit::department).orElse(null);
        }
        return false;
    }

    static String compact(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private RegisterState withUnit(UnitCode code, UnaryOperator<RegisteredUnit> change) {
        RegisteredUnit unit = units.get(code);
        return unit == null ? withUnits(units) : withUnits(put(units, code, change.apply(unit)));
    }

    private RegisterState withUnits(Map<UnitCode, RegisteredUnit> next) {
        return new RegisterState(next, sections, users, years, competentReviewSkipped, version + 1);
    }

    private RegisterState withSections(Map<SectionId, Section> next) {
        return new RegisterState(units, next, users, years, competentReviewSkipped, version + 1);
    }

    private RegisterState withUsers(Map<UserId, RegisteredUser> next) {
        return new RegisterState(units, sections, next, years, competentReviewSkipped, version + 1);
    }

    private RegisterState withYears(Map<Integer, YearSettings> next) {
        return new RegisterState(units, sections, users, next, competentReviewSkipped, version + 1);
    }

    private static <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
        Map<K, V> next = new LinkedHashMap<>(map);
        next.put(key, value);
        return next;
    }

    private static List<String> appended(List<String> list, String item) {
        List<String> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }
}
