package cn.jixiao.command.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the write endpoints answer: the bodies, and for the published description one annotation per kind of
 * answer. The handlers return {@code ResponseEntity<?>} (an idempotent repeat answers the stored first response),
 * so the type is named here. A body's simple name is its schema's name in the description, so no two are alike.
 */
public final class Answers {

    private Answers() {
    }

    /** A declaration's or self-evaluation's new version, also its {@code ETag}. */
    public record Written(String id, long version) {
    }

    /** The goal (or project target) added and the declaration's new version. */
    public record GoalCreated(String id, String declarationId, long version) {
    }

    /** The indicator added and the declaration's new version. */
    public record IndicatorCreated(String id, String goalId, String declarationId, long version) {
    }

    /** A monitoring form's new version, also its {@code ETag}, with the round and declaration it is addressed by. */
    public record MonitoringFormWritten(String id, String roundId, String declarationId, long version) {
    }

    /** 200 with the declaration's new version, also in {@code ETag}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "已保存：申报表的新版本（亦见 ETag）", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Written.class)))
    public @interface NewVersion {
    }

    /** 201: the new declaration, its {@code Location} and {@code ETag}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201", description = "已创建：Location 为新申报表，ETag 为版本", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Written.class)))
    public @interface Created {
    }

    /** 201: the new goal. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201", description = "已新增绩效目标", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GoalCreated.class)))
    public @interface GoalAdded {
    }

    /** 201: the new indicator. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201", description = "已新增绩效指标", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = IndicatorCreated.class)))
    public @interface IndicatorAdded {
    }

    /** 200 with the monitoring form's new version, also in {@code ETag}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "已保存：监控表的新版本（亦见 ETag）", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = MonitoringFormWritten.class)))
    public @interface NewMonitoringVersion {
    }

    /** 201: the self-evaluation started, its {@code Location} and {@code ETag}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201", description = "已开始：Location 为自评表，ETag 为版本", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Written.class)))
    public @interface EvaluationStarted {
    }

    /** 200 with the self-evaluation's new version, also in {@code ETag}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "已保存：自评表的新版本（亦见 ETag）", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Written.class)))
    public @interface NewEvaluationVersion {
    }
}
