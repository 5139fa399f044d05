package cn.jixiao.command.declaration;

import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.DeclarationRejectedException.Reason;
import cn.jixiao.kernel.declaration.Finding;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Arrays;

/** Matches a {@link DeclarationRejectedException} by reason, code, and optionally finding codes and message words. */
final class Rejected extends TypeSafeMatcher<DeclarationRejectedException> {

    private final Reason reason;
    private final String code;
    private final String[] findingCodes;
    private String messageContains;

    private Rejected(Reason reason, String code, String... findingCodes) {
        this.reason = reason;
        this.code = code;
        this.findingCodes = findingCodes;
    }

    static Rejected as(Reason reason, String code, String... findingCodes) {
        return new Rejected(reason, code, findingCodes);
    }

    Matcher<DeclarationRejectedException> saying(String words) {
        this.messageContains = words;
        return this;
    }

    @Override
    protected boolean matchesSafely(DeclarationRejectedException e) {
        return e.reason() == reason && e.code().equals(code)
                && Arrays.stream(findingCodes).allMatch(c -> e.findings().stream().map(Finding::code).anyMatch(c::equals))
                && (messageContains == null || e.getMessage().contains(messageContains));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("rejected " + reason + " " + code + " with findings " + Arrays.toString(findingCodes)
                + (messageContains == null ? "" : " saying " + messageContains));
    }

    @Override
    protected void describeMismatchSafely(DeclarationRejectedException e, Description description) {
        description.appendText("was " + e.reason() + " " + e.code() + " " + e.findings() + " \"" + e.getMessage() + "\"");
    }
}
