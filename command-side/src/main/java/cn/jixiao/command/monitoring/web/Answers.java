package cn.jixiao.command.monitoring.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What the monitoring write endpoints answer, for the published description (the handlers return {@code ResponseEntity<?>}). */
final class Answers {

    private Answers() {
    }

    /** 200 with the monitoring form's new version, also in {@code ETag}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "200", description = "已保存：监控表的新版本（亦见 ETag）", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = MonitoringCommandController.Written.class)))
    @interface NewVersion {
    }
}
