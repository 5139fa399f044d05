package cn.jixiao.kernel.register;

/** Every fact of a tenant's register; folded by {@link RegisterState}. */
public sealed interface RegisterEvent permits SectionDefinedEvent, UnitRegisteredEvent, UnitRenamedEvent,
        UnitMovedEvent, CompetentDepartmentChangedEvent, UnitClosedEvent, UserRecordedEvent, YearSettingsSetEvent,
        CompetentReviewSetEvent {

    RegisterId registerId();
}
