package cn.jixiao.query.comparison;

import io.swagger.v3.oas.annotations.tags.Tag;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.tenant.TenantId;
import cn.jixiao.query.TenantContexts;
import cn.jixiao.query.web.Blocking;
import cn.jixiao.web.ApiProblem;
import cn.jixiao.query.web.Readers;
import cn.jixiao.query.web.Years;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code GET /api/v1/comparisons/units/{unitCode}?years=2020,2021}: every reader; a filer only for their own unit. */
@RestController
@Tag(name = "年度对比", description = "同一单位各年度已批复申报表的对比")
public class ComparisonController {

    private final TenantContexts contexts;

    /** A decade: more is no comparison a reviewer reads, and each year is a whole form. */
    static final int MAX_YEARS = 10;

    public ComparisonController(TenantContexts contexts) {
        this.contexts = contexts;
    }

    @Operation(summary = "单位年度对比：已批复年度逐年比较预算、指标（保留、删除、新增）和目标值升降")
    @GetMapping(path = "/api/v1/comparisons/units/{unitCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<UnitComparison> compare(@PathVariable String unitCode, @RequestParam(required = false) String years,
                                        Actor actor) {
        TenantId tenant = Readers.tenantOf(actor);
        Readers.checkUnit(actor, unitCode);
        Set<Integer> wanted = years(years);
        return Blocking.call(() -> ComparisonReadModel.active(contexts.of(tenant).database()).approvedOf(unitCode))
                .map(approved -> compare(unitCode, approved, wanted));
    }

    @Operation(summary = "项目年度对比：同一单位同一项目编码的已批复项目支出申报表逐年比较指标（保留、删除、新增）和目标值升降")
    @GetMapping(path = "/api/v1/comparisons/units/{unitCode}/projects/{projectCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<UnitComparison> compareProject(@PathVariable String unitCode, @PathVariable String projectCode,
                                               @RequestParam(required = false) String years, Actor actor) {
        TenantId tenant = Readers.tenantOf(actor);
        Readers.checkUnit(actor, unitCode);
        Set<Integer> wanted = years(years);
        return Blocking.call(() -> ComparisonReadModel.active(contexts.of(tenant).database())
                        .approvedOf(unitCode, projectCode))
                .map(approved -> compare(unitCode, approved, wanted));
    }

    private static UnitComparison compare(String unitCode, List<DeclarationForm> approved, Set<Integer> wanted) {
        List<DeclarationForm> chosen = wanted.isEmpty() ? approved
                : approved.stream().filter(form -> wanted.contains(form.year())).toList();
        if (chosen.isEmpty()) {
            throw ApiProblem.notFound(wanted.isEmpty()
                    ? "单位 " + unitCode + " 没有已批复的申报表"
                    : "单位 " + unitCode + " 在 " + wanted + " 年度没有已批复的申报表");
        }
        List<Integer> missing = wanted.stream()
                .filter(year -> chosen.stream().noneMatch(form -> form.year() == year)).toList();
        return UnitComparison.of(unitCode, chosen, missing);
    }

    /** Empty for "all approved years"; at most {@value #MAX_YEARS}, checked before any year is read. */
    private static Set<Integer> years(String text) {
        Set<Integer> years = new TreeSet<>();
        if (text != null && !text.isBlank()) {
            String[] parts = text.split(",", MAX_YEARS + 2);
            if (parts.length > MAX_YEARS) {
                throw ApiProblem.invalid("years", "YEARS_TOO_MANY", "一次最多比较 " + MAX_YEARS + " 个年度");
            }
            Arrays.stream(parts).forEach(year -> years.add(Years.parse("years", year)));
        }
        return years;
    }
}
