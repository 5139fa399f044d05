package cn.jixiao.kernel.register;

import cn.jixiao.kernel.declaration.Edition;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The settings of a year's declarations: the edition of the indicator framework and the review deadline (null: none). */
@Revision("1")
public record YearSettingsSetEvent(RegisterId registerId, int year, Edition edition, LocalDate reviewDeadline) implements RegisterEvent {
}
