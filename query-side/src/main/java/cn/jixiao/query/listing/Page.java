package cn.jixiao.query.listing;

import java.util.List;

/** {@code {items, page, size, total}} (api.md lists). */
public record Page<T>(List<T> items, int page, int size, long total) {
}
