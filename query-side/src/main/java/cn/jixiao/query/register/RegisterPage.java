package cn.jixiao.query.register;

import java.util.List;

/**
 * {@code {items, page, size, total}}, the shape of every list of the API. Its own record rather than the
 * listing's, because the listing depends on the register (the worklist) and not the other way round.
 */
public record RegisterPage<T>(List<T> items, int page, int size, long total) {
}
