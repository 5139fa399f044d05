package cn.jixiao.command.declaration.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the write endpoints answer, for the published description: the handlers return
 * {@code ResponseEntity<?>} (an idempotent repeat answers the stored first response), so the type is named here.
 */
final class Answers {

    private Answers() {
    }

    /** 200 with the declaration's new version, also in {@code ETag}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "已保存：申报表的新版本（亦见 ETag）", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = DeclarationCommandController.Written.class)))
    @interface NewVersion {
    }

    /** 201: the new declaration, its {@code Location} and {@code ETag}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201", description = "已创建：Location 为新申报表，ETag 为版本", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = DeclarationCommandController.Written.class)))
    @interface Created {
    }

    /** 201: the new goal. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201", description = "已新增绩效目标", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = DeclarationCommandController.GoalCreated.class)))
    @interface GoalCreated {
    }

    /** 201: the new indicator. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "201", description = "已新增绩效指标", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = DeclarationCommandController.IndicatorCreated.class)))
    @interface IndicatorCreated {
    }
}
