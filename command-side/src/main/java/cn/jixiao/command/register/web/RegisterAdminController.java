package cn.jixiao.command.register.web;

import cn.jixiao.command.TenantCommandGateway;
import cn.jixiao.command.register.UnitSheet;
import cn.jixiao.kernel.actor.Actor;
import cn.jixiao.kernel.actor.Role;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.register.ChangeCompetentDepartmentCommand;
import cn.jixiao.kernel.register.CloseUnitCommand;
import cn.jixiao.kernel.register.DefineSectionCommand;
import cn.jixiao.kernel.register.MoveUnitCommand;
import cn.jixiao.kernel.register.RegisterCodes;
import cn.jixiao.kernel.register.RegisterCommand;
import cn.jixiao.kernel.register.RegisterId;
import cn.jixiao.kernel.register.RegisterRejectedException;
import cn.jixiao.kernel.register.RenameUnitCommand;
import cn.jixiao.kernel.register.SectionId;
import cn.jixiao.kernel.register.SetYearSettingsCommand;
import cn.jixiao.kernel.register.SetCompetentReviewCommand;
import cn.jixiao.kernel.register.UnitCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.util.Map;

/**
 * The tenant admin's writes to the register (units, business sections, users, yearly settings), each a command
 * to the tenant's {@code Register}. Every answer carries the register's new version (body and ETag).
 */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "单位名册（写）", description = "租户管理员维护单位、业务股室、用户与年度设置")
public class RegisterAdminController {

    /** Two admins writing at once: the loser's command is decided again on the winner's register. */
    private static final int RETRIES = 3;

    private final TenantCommandGateway commands;
    private final int maxBytes;

    public RegisterAdminController(TenantCommandGateway commands,
                                   @Value("${jixiao.import.max-size:5MB}") DataSize maxSize) {
        this.commands = commands;
        this.maxBytes = Math.toIntExact(maxSize.toBytes());
    }

    @Operation(summary = "设立业务股室（id 自定，如 education）")
    @PostMapping("/sections")
    public Mono<ResponseEntity<RegisterRequests.Written>> defineSection(Actor actor, @RequestBody RegisterRequests.NewSection body) {
        return send(actor, new DefineSectionCommand(RegisterId.OF_TENANT, SectionId.ofNullable(body.id()), body.name()),
                HttpStatus.CREATED);
    }

    @Operation(summary = "业务股室改名")
    @PutMapping("/sections/{id}/name")
    public Mono<ResponseEntity<RegisterRequests.Written>> renameSection(Actor actor, @PathVariable String id,
                                                                        @RequestBody RegisterRequests.Name body) {
        return send(actor, new DefineSectionCommand(RegisterId.OF_TENANT, SectionId.ofNullable(id), body.name()), HttpStatus.OK);
    }

    @Operation(summary = "登记单位：代码、名称、类型（DEPARTMENT/UNIT）、主管部门代码、业务股室")
    @PostMapping("/units")
    public Mono<ResponseEntity<RegisterRequests.Written>> registerUnit(Actor actor, @RequestBody RegisterRequests.NewUnit body) {
        return send(actor, body.toCommand(), HttpStatus.CREATED);
    }

    @Operation(summary = "单位改名（原名作为曾用名保留，导入时仍可识别）")
    @PutMapping("/units/{code}/name")
    public Mono<ResponseEntity<RegisterRequests.Written>> renameUnit(Actor actor, @PathVariable String code,
                                                                     @RequestBody RegisterRequests.Name body) {
        return send(actor, new RenameUnitCommand(RegisterId.OF_TENANT, UnitCode.ofNullable(code), body.name()), HttpStatus.OK);
    }

    @Operation(summary = "将单位划归另一业务股室")
    @PutMapping("/units/{code}/section")
    public Mono<ResponseEntity<RegisterRequests.Written>> moveUnit(Actor actor, @PathVariable String code,
                                                                   @RequestBody RegisterRequests.SectionRef body) {
        return send(actor, new MoveUnitCommand(RegisterId.OF_TENANT, UnitCode.ofNullable(code),
                SectionId.ofNullable(body.section())), HttpStatus.OK);
    }

    @Operation(summary = "变更单位的主管部门（空：无主管部门）")
    @PutMapping("/units/{code}/department")
    public Mono<ResponseEntity<RegisterRequests.Written>> changeDepartment(Actor actor, @PathVariable String code,
                                                                           @RequestBody RegisterRequests.DepartmentRef body) {
        return send(actor, new ChangeCompetentDepartmentCommand(RegisterId.OF_TENANT, UnitCode.ofNullable(code),
                UnitCode.ofNullable(body.department())), HttpStatus.OK);
    }

    @Operation(summary = "撤销单位：此后不能再填报申报表，已有的申报表保留")
    @PostMapping("/units/{code}/closure")
    public Mono<ResponseEntity<RegisterRequests.Written>> closeUnit(Actor actor, @PathVariable String code,
                                                                    @RequestBody(required = false) RegisterRequests.Closure body) {
        return send(actor, new CloseUnitCommand(RegisterId.OF_TENANT, UnitCode.ofNullable(code),
                body == null ? null : body.reason()), HttpStatus.OK);
    }

    @Operation(summary = "批量导入单位名册（Excel：单位代码、单位名称、类型、主管部门代码、业务股室）；任一行有误则全部不导入，问题按单元格列出")
    @PostMapping(path = "/units/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<ResponseEntity<RegisterRequests.Written>> importUnits(Actor actor, @RequestPart("file") Part file) {
        requireAdmin(actor);
        return DataBufferUtils.join(file.content(), maxBytes)
                .publishOn(Schedulers.boundedElastic())
                .map(buffer -> {
                    try (var in = buffer.asInputStream(true)) {
                        return UnitSheet.read(in);
                    } catch (IOException e) {
                        throw RegisterRejectedException.invalid("REGISTER_SHEET_INVALID", "file", "无法读取上传的文件");
                    }
                })
                .switchIfEmpty(Mono.error(() -> RegisterRejectedException.invalid("REGISTER_SHEET_INVALID", "file", "上传的文件为空")))
                .flatMap(sheet -> send(actor, sheet.command(), HttpStatus.OK)
                        .onErrorMap(DeclarationRejectedException.class, sheet::located));
    }

    @Operation(summary = "登记或修改用户：id 为令牌的 sub；角色；填报人的单位；业务股室审核人的股室（一人只属一个股室）")
    @PutMapping("/users/{id}")
    public Mono<ResponseEntity<RegisterRequests.Written>> recordUser(Actor actor, @PathVariable String id,
                                                                     @RequestBody RegisterRequests.User body) {
        return send(actor, body.toCommand(id), HttpStatus.OK);
    }

    @Operation(summary = "年度设置：该年度申报表的指标体系版本（2020 或 2021）与审核截止日期")
    @PutMapping("/years/{year}")
    public Mono<ResponseEntity<RegisterRequests.Written>> setYear(Actor actor, @PathVariable int year,
                                                                  @RequestBody RegisterRequests.YearSettings body) {
        return send(actor, new SetYearSettingsCommand(RegisterId.OF_TENANT, year, body.edition(), body.reviewDeadline()),
                HttpStatus.OK);
    }

    @Operation(summary = "项目支出申报表是否先经主管部门审核（默认是；关闭后自下次提交起由业务股室先审）")
    @PutMapping("/settings/competent-review")
    public Mono<ResponseEntity<RegisterRequests.Written>> setCompetentReview(
            Actor actor, @jakarta.validation.Valid @RequestBody RegisterRequests.CompetentReview body) {
        return send(actor, new SetCompetentReviewCommand(RegisterId.OF_TENANT, body.enabled()), HttpStatus.OK);
    }

    private Mono<ResponseEntity<RegisterRequests.Written>> send(Actor actor, RegisterCommand command, HttpStatus status) {
        requireAdmin(actor);
        return Mono.defer(() -> commands.<Long>send(actor, command, Map.of()))
                .retryWhen(Retry.max(RETRIES).filter(RegisterAdminController::isConcurrent))
                .onErrorMap(e -> isConcurrent(e) || isConcurrent(e.getCause()), e -> RegisterRejectedException.conflict(
                        "REGISTER_BUSY", "register", "单位名册正被同时修改，请稍后重试"))
                .map(version -> ResponseEntity.status(status).eTag("\"" + version + "\"")
                        .body(new RegisterRequests.Written(version)));
    }

    private static boolean isConcurrent(Throwable e) {
        return e instanceof ConcurrencyException || e instanceof AggregateStreamCreationException;
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || actor.tenant() == null || actor.has(Role.PLATFORM_OPERATOR) || !actor.has(Role.TENANT_ADMIN)) {
            throw RegisterRejectedException.forbidden(RegisterCodes.ADMIN_REQUIRED, "只有租户管理员可以维护单位名册");
        }
    }
}
