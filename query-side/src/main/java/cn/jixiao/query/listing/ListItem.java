package cn.jixiao.query.listing;

import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.Unit;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Duration;

/**
 * One row of {@code GET /declarations}: what a list shows and links from, read from the same form documents.
 * {@code waiting} (ISO-8601 duration) only in a reviewer's {@code ?queue=mine}: how long it has waited.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListItem(String id, int year, DeclarationKind kind, DeclarationStatus status, long version,
                       int revision, Unit unit, String filingUnit, String updatedAt, String waiting) {

    public ListItem waited(Duration waited) {
        return new ListItem(id, year, kind, status, version, revision, unit, filingUnit, updatedAt, waited.toString());
    }
}
