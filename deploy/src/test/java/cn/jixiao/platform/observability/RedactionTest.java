package cn.jixiao.platform.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    @Test
    void bearerTokensAndBareJwtsAreRedacted() {
        assertThat(Redaction.redact("Authorization: Bearer abc.def-ghi_jkl")).isEqualTo("Authorization: Bearer [redacted]");
        assertThat(Redaction.redact("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl was refused"))
                .isEqualTo("token [redacted token] was refused");
    }

    @Test
    void mobileAndFixedLinePhoneNumbersAreRedacted() {
        assertThat(Redaction.redact("联系电话 18216015913")).isEqualTo("联系电话 [redacted phone]");
        assertThat(Redaction.redact("phone=+86 13912345678,")).isEqualTo("phone=[redacted phone],");
        assertThat(Redaction.redact("办公室 0734-5678901")).isEqualTo("办公室 [redacted phone]");
    }

    @Test
    void amountsUnitCodesIdsAndTimesAreLeftAlone() {
        String line = "unit 430412001 income 649.4 id 5f0c2a4e-1b2d-4c3e-9f00-123456789012 at 2026-12-01T22:45:30Z "
                + "took 13912 ms, 12345678901234 rows";
        assertThat(Redaction.redact(line)).isEqualTo(line);
    }
}
