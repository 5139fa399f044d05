package cn.jixiao.query.web;

import cn.jixiao.kernel.input.Violation;
import cn.jixiao.web.ApiProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * The paging parameters every list endpoint takes, checked alike: {@code page} counts from 0, {@code size} is 1 to
 * {@value #MAX_SIZE}. An endpoint with more parameters adds what is wrong with them to the same violations, so
 * that every problem is reported at once.
 */
public final class Paging {

    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** A 400 naming page or size (or both) when either is out of range. */
    public static void require(int page, int size) {
        List<Violation> violations = new ArrayList<>();
        check(page, size, violations);
        throwIfAny(violations);
    }

    /** Adds what is wrong with page and size. */
    public static void check(int page, int size, List<Violation> violations) {
        if (page < 0) {
            violations.add(new Violation("page", "PAGE_INVALID", "page 须为非负整数"));
        }
        checkSize(size, violations);
    }

    /** Adds what is wrong with size, for an endpoint that bounds page its own way. */
    public static void checkSize(int size, List<Violation> violations) {
        if (size < 1 || size > MAX_SIZE) {
            violations.add(new Violation("size", "SIZE_INVALID", "size 须在 1 到 " + MAX_SIZE + " 之间"));
        }
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid(violations);
        }
    }
}
