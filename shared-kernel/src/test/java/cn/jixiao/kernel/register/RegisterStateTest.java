package cn.jixiao.kernel.register;

import org.junit.jupiter.api.Test;

import static cn.jixiao.kernel.register.RegisterId.OF_TENANT;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterStateTest {

    private static final SectionId CIVIL = SectionId.of("civil");
    private static final UnitCode ZHURONG = UnitCode.of("430412001");
    private static final UnitCode NANYUE = UnitCode.of("430412002");

    private final RegisterState register = RegisterState.EMPTY
            .apply(new SectionDefinedEvent(OF_TENANT, CIVIL, "行政政法股"))
            .apply(new UnitRegisteredEvent(OF_TENANT, ZHURONG, "南岳区祝融街道", UnitKind.UNIT, null, CIVIL))
            .apply(new UnitRenamedEvent(OF_TENANT, ZHURONG, "南岳区祝融街道", "衡阳市南岳区祝融街道办事处"))
            .apply(new UnitRegisteredEvent(OF_TENANT, NANYUE, "衡阳市南岳区南岳镇人民政府", UnitKind.UNIT, null, CIVIL));

    @Test
    void aUnitIsFoundByItsNameOrAFormerOneWhateverTheSpacesAndFullWidthForms() {
        assertThat(register.unitNamed("衡阳市南岳区 祝融街道办事处")).map(RegisteredUnit::code).contains(ZHURONG);
        assertThat(register.unitNamed("南岳区祝融街道")).map(RegisteredUnit::code).contains(ZHURONG);
        assertThat(register.unitNamed("南岳区祝融街道（旧）")).isEmpty();
    }

    @Test
    void theClosestRegisteredNamesComeFirst() {
        assertThat(register.closestNames("衡阳市南岳区祝融街道", 2))
                .containsExactly("衡阳市南岳区祝融街道办事处", "衡阳市南岳区南岳镇人民政府");
    }

    @Test
    void everyEventCountsTowardsTheVersionAndRenamingKeepsTheFormerName() {
        assertThat(register.version()).isEqualTo(4);
        assertThat(register.unit(ZHURONG).orElseThrow().formerNames()).containsExactly("南岳区祝融街道");
    }

    @Test
    void aDepartmentIsAboveTheUnitsUnderIt() {
        RegisterState tree = register.apply(new CompetentDepartmentChangedEvent(OF_TENANT, ZHURONG, null, NANYUE));
        assertThat(tree.isAtOrAbove(NANYUE, ZHURONG)).isTrue();
        assertThat(tree.isAtOrAbove(ZHURONG, NANYUE)).isFalse();
    }
}
