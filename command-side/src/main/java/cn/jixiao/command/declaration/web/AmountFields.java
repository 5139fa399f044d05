package cn.jixiao.command.declaration.web;

import cn.jixiao.command.web.InvalidInputException;
import cn.jixiao.kernel.input.Violation;
import cn.jixiao.kernel.declaration.Amount;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the decimal strings of a request into {@link Amount}s, collecting every refusal with its field and
 * rule code (NEGATIVE_AMOUNT, AMOUNT_SCALE, AMOUNT_NOT_A_NUMBER) so the filer sees all of them at once.
 */
final class AmountFields {

    private final List<Violation> violations = new ArrayList<>();

    Amount parse(String field, String text) {
        try {
            return Amount.of(text);
        } catch (Amount.InvalidAmountException e) {
            violations.add(new Violation(field, e.code(), e.getMessage()));
            return Amount.ZERO;
        }
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
