package cn.jixiao.kernel.register;

import cn.jixiao.kernel.declaration.Edition;

import java.time.LocalDate;

/** A year's declarations: the edition of their indicator framework and the review deadline (may be null). */
public record YearSettings(int year, Edition edition, LocalDate reviewDeadline) {
}
