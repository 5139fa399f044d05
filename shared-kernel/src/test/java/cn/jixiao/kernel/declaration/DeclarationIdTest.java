package cn.jixiao.kernel.declaration;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeclarationIdTest {

    @Test
    void derivesTheSameIdForTheSameUnitYearAndKind() {
        DeclarationId id = DeclarationId.forUnit("430412-ZRJD", 2020, DeclarationKind.DEPARTMENT);

        assertThat(id).isEqualTo(DeclarationId.forUnit("430412-ZRJD", 2020, DeclarationKind.DEPARTMENT));
        assertThat(id.value()).isEqualTo(UUID.nameUUIDFromBytes(
                "DEPARTMENT/430412-ZRJD/2020".getBytes(StandardCharsets.UTF_8)).toString());
        assertThat(id).hasToString(id.value());
    }

    @Test
    void derivesAnotherIdForAnotherYearOrUnit() {
        DeclarationId id = DeclarationId.forUnit("430412-ZRJD", 2020, DeclarationKind.DEPARTMENT);

        assertThat(DeclarationId.forUnit("430412-ZRJD", 2021, DeclarationKind.DEPARTMENT)).isNotEqualTo(id);
        assertThat(DeclarationId.forUnit("430412-XX", 2020, DeclarationKind.DEPARTMENT)).isNotEqualTo(id);
    }
}
