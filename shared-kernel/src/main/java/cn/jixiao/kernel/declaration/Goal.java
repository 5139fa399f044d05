package cn.jixiao.kernel.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A numbered goal (目标N: its number is its position on the form) with its indicators in form order. */
public record Goal(GoalId id, String description, List<Indicator> indicators) {

    public Goal {
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> indicator(IndicatorId indicatorId) {
        return indicators.stream().filter(indicator -> indicator.id().equals(indicatorId)).findFirst();
    }

    public boolean has(Level1 level1) {
        return indicators.stream().anyMatch(indicator -> indicator.level1() == level1);
    }

    Goal describedAs(String newDescription) {
        return new Goal(id, newDescription, indicators);
    }

    Goal with(Indicator added) {
        List<Indicator> list = new ArrayList<>(indicators);
        list.add(added);
        return new Goal(id, description, list);
    }

    Goal replacing(IndicatorId indicatorId, UnaryOperator<Indicator> change) {
        return new Goal(id, description, indicators.stream()
                .map(indicator -> indicator.id().equals(indicatorId) ? change.apply(indicator) : indicator)
                .toList());
    }

    Goal without(IndicatorId indicatorId) {
        return new Goal(id, description, indicators.stream()
                .filter(indicator -> !indicator.id().equals(indicatorId))
                .toList());
    }
}
