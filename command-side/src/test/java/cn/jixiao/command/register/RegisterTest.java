package cn.jixiao.command.register;

import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.Edition;
import cn.jixiao.kernel.register.ChangeCompetentDepartmentCommand;
import cn.jixiao.kernel.register.CloseUnitCommand;
import cn.jixiao.kernel.register.DefineSectionCommand;
import cn.jixiao.kernel.register.ImportUnitsCommand;
import cn.jixiao.kernel.register.MoveUnitCommand;
import cn.jixiao.kernel.register.RecordUserCommand;
import cn.jixiao.kernel.register.RegisterCodes;
import cn.jixiao.kernel.register.RegisterUnitCommand;
import cn.jixiao.kernel.register.RenameUnitCommand;
import cn.jixiao.kernel.register.SectionDefinedEvent;
import cn.jixiao.kernel.register.SectionId;
import cn.jixiao.kernel.register.SetYearSettingsCommand;
import cn.jixiao.kernel.register.UnitClosedEvent;
import cn.jixiao.kernel.register.UnitCode;
import cn.jixiao.kernel.register.UnitKind;
import cn.jixiao.kernel.register.UnitMovedEvent;
import cn.jixiao.kernel.register.UnitRegisteredEvent;
import cn.jixiao.kernel.register.UnitRenamedEvent;
import cn.jixiao.kernel.register.UserRecordedEvent;
import cn.jixiao.kernel.register.YearSettingsSetEvent;
import cn.jixiao.kernel.tenant.TenantId;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.jixiao.kernel.register.RegisterId.OF_TENANT;
import static org.axonframework.test.matchers.Matchers.matches;

class RegisterTest {

    static final SectionId EDUCATION = SectionId.of("education");
    static final SectionId SOCIAL = SectionId.of("social");
    static final UnitCode BUREAU = UnitCode.of("430412100");
    static final UnitCode SCHOOL = UnitCode.of("430412101");
    static final UnitCode STREET = UnitCode.of("430412001");

    private FixtureConfiguration<Register> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Register.class);
    }

    static MetaData asAdmin() {
        return as(Role.TENANT_ADMIN);
    }

    static MetaData as(Role role) {
        return MetaData.from(MetadataKeys.forActor(new Actor("u-admin", "周管理", Set.of(role), TenantId.of("nanyue"), null)));
    }

    static SectionDefinedEvent education() {
        return new SectionDefinedEvent(OF_TENANT, EDUCATION, "教科文股");
    }

    static UnitRegisteredEvent bureau() {
        return new UnitRegisteredEvent(OF_TENANT, BUREAU, "南岳区教育局", UnitKind.DEPARTMENT, null, EDUCATION);
    }

    static UnitRegisteredEvent school() {
        return new UnitRegisteredEvent(OF_TENANT, SCHOOL, "南岳区实验学校", UnitKind.UNIT, BUREAU, EDUCATION);
    }

    @Test
    void aTenantAdminSetsUpASectionAndRegistersAUnitInIt() {
        fixture.givenNoPriorActivity()
                .when(new DefineSectionCommand(OF_TENANT, EDUCATION, "教科文股"), asAdmin())
                .expectEvents(education())
                .expectResultMessagePayload(1L);
        fixture.given(education())
                .when(new RegisterUnitCommand(OF_TENANT, BUREAU, "南岳区教育局", UnitKind.DEPARTMENT, null, EDUCATION), asAdmin())
                .expectEvents(bureau());
    }

    @Test
    void onlyATenantAdminChangesTheRegister() {
        fixture.givenNoPriorActivity()
                .when(new DefineSectionCommand(OF_TENANT, EDUCATION, "教科文股"), as(Role.BUSINESS_REVIEWER))
                .expectException(rejectedWith(RegisterCodes.ADMIN_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void aCodeIsRegisteredOnce() {
        fixture.given(education(), bureau())
                .when(new RegisterUnitCommand(OF_TENANT, BUREAU, "另一个局", UnitKind.UNIT, null, EDUCATION), asAdmin())
                .expectException(rejectedWith(RegisterCodes.UNIT_CODE_DUPLICATE))
                .expectNoEvents();
    }

    @Test
    void aUnitGoesIntoASectionThatExists() {
        fixture.given(education())
                .when(new RegisterUnitCommand(OF_TENANT, BUREAU, "南岳区教育局", UnitKind.DEPARTMENT, null, SOCIAL), asAdmin())
                .expectException(rejectedWith(RegisterCodes.SECTION_UNKNOWN))
                .expectNoEvents();
    }

    @Test
    void aUnitIsNeitherUnderItselfNorUnderItsOwnDescendant() {
        fixture.given(education(), bureau(), school())
                .when(new ChangeCompetentDepartmentCommand(OF_TENANT, BUREAU, SCHOOL), asAdmin())
                .expectException(rejectedWith(RegisterCodes.DEPARTMENT_CYCLE))
                .expectNoEvents();
        fixture.given(education(), bureau())
                .when(new ChangeCompetentDepartmentCommand(OF_TENANT, BUREAU, BUREAU), asAdmin())
                .expectException(rejectedWith(RegisterCodes.DEPARTMENT_CYCLE));
    }

    @Test
    void renamingAUnitKeepsItsFormerName() {
        fixture.given(education(), bureau())
                .when(new RenameUnitCommand(OF_TENANT, BUREAU, "南岳区教育和体育局"), asAdmin())
                .expectEvents(new UnitRenamedEvent(OF_TENANT, BUREAU, "南岳区教育局", "南岳区教育和体育局"));
    }

    @Test
    void twoUnitsNeverAnswerToTheSameName() {
        fixture.given(education(), bureau(), school(),
                        new UnitRenamedEvent(OF_TENANT, BUREAU, "南岳区教育局", "南岳区教育和体育局"))
                .when(new RenameUnitCommand(OF_TENANT, SCHOOL, "南岳区教育局"), asAdmin())
                .expectException(rejectedWith(RegisterCodes.UNIT_NAME_TAKEN))
                .expectNoEvents();
    }

    @Test
    void aUnitMovesToAnotherSectionAndClosedItStaysPut() {
        SectionDefinedEvent social = new SectionDefinedEvent(OF_TENANT, SOCIAL, "社会保障股");
        fixture.given(education(), social, bureau())
                .when(new MoveUnitCommand(OF_TENANT, BUREAU, SOCIAL), asAdmin())
                .expectEvents(new UnitMovedEvent(OF_TENANT, BUREAU, EDUCATION, SOCIAL));
        fixture.given(education(), social, bureau(), new UnitClosedEvent(OF_TENANT, BUREAU, "机构改革"))
                .when(new MoveUnitCommand(OF_TENANT, BUREAU, SOCIAL), asAdmin())
                .expectException(rejectedWith(RegisterCodes.UNIT_CLOSED));
    }

    @Test
    void closingIsDoneOnce() {
        fixture.given(education(), bureau())
                .when(new CloseUnitCommand(OF_TENANT, BUREAU, "机构改革"), asAdmin())
                .expectEvents(new UnitClosedEvent(OF_TENANT, BUREAU, "机构改革"));
        fixture.given(education(), bureau(), new UnitClosedEvent(OF_TENANT, BUREAU, "机构改革"))
                .when(new CloseUnitCommand(OF_TENANT, BUREAU, "再撤一次"), asAdmin())
                .expectNoEvents();
    }

    @Test
    void aFilerBelongsToAnOpenRegisteredUnit() {
        RecordUserCommand filer = new RecordUserCommand(OF_TENANT, userId("u-kuang"), "旷文倩", Set.of(Role.FILER), BUREAU, null);
        fixture.given(education(), bureau())
                .when(filer, asAdmin())
                .expectEvents(new UserRecordedEvent(OF_TENANT, userId("u-kuang"), "旷文倩", Set.of(Role.FILER), BUREAU, null));
        fixture.given(education(), bureau(), new UnitClosedEvent(OF_TENANT, BUREAU, "机构改革"))
                .when(filer, asAdmin())
                .expectException(rejectedWith(RegisterCodes.UNIT_CLOSED));
        fixture.given(education())
                .when(new RecordUserCommand(OF_TENANT, userId("u-kuang"), "旷文倩", Set.of(Role.FILER), null, null), asAdmin())
                .expectException(rejectedWith(RegisterCodes.FILER_UNIT_REQUIRED));
    }

    @Test
    void aBusinessReviewerIsInOneSectionOnly() {
        SectionDefinedEvent social = new SectionDefinedEvent(OF_TENANT, SOCIAL, "社会保障股");
        UserRecordedEvent li = new UserRecordedEvent(OF_TENANT, userId("u-li"), "李业务", Set.of(Role.BUSINESS_REVIEWER), null, EDUCATION);
        fixture.given(education(), social, li)
                .when(new RecordUserCommand(OF_TENANT, userId("u-li"), "李业务", Set.of(Role.BUSINESS_REVIEWER), null, SOCIAL), asAdmin())
                .expectException(rejectedWith(RegisterCodes.USER_IN_TWO_SECTIONS))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("教科文股"))
                .expectNoEvents();
    }

    @Test
    void aYearHasItsEditionAndReviewDeadline() {
        fixture.givenNoPriorActivity()
                .when(new SetYearSettingsCommand(OF_TENANT, 2021, Edition.E2021, LocalDate.of(2021, 3, 31)), asAdmin())
                .expectEvents(new YearSettingsSetEvent(OF_TENANT, 2021, Edition.E2021, LocalDate.of(2021, 3, 31)));
        fixture.givenNoPriorActivity()
                .when(new SetYearSettingsCommand(OF_TENANT, 2021, null, null), asAdmin())
                .expectException(rejectedWith(RegisterCodes.EDITION_REQUIRED));
    }

    @Test
    void aSheetOfUnitsIsAppliedWholeInOrder() {
        fixture.given(education())
                .when(new ImportUnitsCommand(OF_TENANT, List.of(
                        new RegisterUnitCommand(OF_TENANT, BUREAU, "南岳区教育局", UnitKind.DEPARTMENT, null, EDUCATION),
                        new RegisterUnitCommand(OF_TENANT, SCHOOL, "南岳区实验学校", UnitKind.UNIT, BUREAU, SectionId.of("教科文股")))),
                        asAdmin())
                .expectEvents(bureau(), school());
    }

    @Test
    void aSheetWithOneWrongRowAppliesNothingAndNamesEveryWrongRow() {
        fixture.given(education())
                .when(new ImportUnitsCommand(OF_TENANT, List.of(
                        new RegisterUnitCommand(OF_TENANT, BUREAU, "南岳区教育局", UnitKind.DEPARTMENT, null, EDUCATION),
                        new RegisterUnitCommand(OF_TENANT, BUREAU, "重复的局", UnitKind.UNIT, null, EDUCATION),
                        new RegisterUnitCommand(OF_TENANT, STREET, "祝融街道办事处", UnitKind.UNIT, null, SOCIAL))),
                        asAdmin())
                .expectException(matches(e -> e instanceof DeclarationRejectedException rejected
                        && rejected.findings().stream().map(f -> f.field() + ":" + f.code()).toList().equals(List.of(
                        "rows[1].unit:" + RegisterCodes.UNIT_CODE_DUPLICATE, "rows[2].section:" + RegisterCodes.SECTION_UNKNOWN))))
                .expectNoEvents();
    }

    static org.hamcrest.Matcher<?> rejectedWith(String code) {
        return matches(e -> e instanceof DeclarationRejectedException rejected && rejected.code().equals(code));
    }

    static cn.jixiao.kernel.register.UserId userId(String id) {
        return cn.jixiao.kernel.register.UserId.of(id);
    }
}
