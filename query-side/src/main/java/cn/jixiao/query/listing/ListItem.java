package cn.jixiao.query.listing;

import cn.jixiao.kernel.declaration.DeclarationKind;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.Unit;

/** One row of {@code GET /declarations}: what a list shows and links from, read from the same form documents. */
public record ListItem(String id, int year, DeclarationKind kind, DeclarationStatus status, long version,
                       int revision, Unit unit, String filingUnit, String updatedAt) {
}
