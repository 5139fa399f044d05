package cn.jixiao.query.audit;

import cn.jixiao.query.support.Api;
import cn.jixiao.query.support.Seed;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier runs on exactly what the endpoints return, with nothing but the public key. */
class OfflineVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final AuditFixture tenant = new AuditFixture();
    private final WebTestClient web = Api.client(new AuditController(tenant.contexts(), tenant.module()));
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private String eventId;

    @BeforeEach
    void twoSignedHeads() throws IOException {
        tenant.append(Seed.zhurong().events());
        tenant.project();
        tenant.heads.sign(tenant.log());
        tenant.append(Seed.of("431203002", "衡阳市南岳区南岳镇人民政府", 2020).filledIn().events());
        tenant.project();
        tenant.heads.sign(tenant.log());
        save("head.json", "/api/v1/audit/tree-head");
        save("old-head.json", "/api/v1/audit/tree-head?size=9");
        eventId = tenant.stored().get(4).getIdentifier();
        save("inclusion.json", "/api/v1/audit/proofs/inclusion?eventId=" + eventId + "&treeSize=17");
        save("consistency.json", "/api/v1/audit/proofs/consistency?from=9&to=17");
    }

    @AfterEach
    void close() {
        tenant.close();
    }

    private void save(String file, String uri) throws IOException {
        byte[] body = web.get().uri(uri).header(Api.ROLES, "AUDITOR").exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        Files.write(dir.resolve(file), body);
    }

    private int verify(String... args) {
        String[] withKey = new String[args.length + 1];
        withKey[0] = "--public-key=" + tenant.keys.publicKeyBase64();
        for (int i = 0; i < args.length; i++) {
            withKey[i + 1] = args[i].startsWith("--") ? args[i] : dir.resolve(args[i]).toString();
        }
        return OfflineVerifier.run(withKey, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @Test
    void anInclusionProofVerifiesAgainstTheSignedHead() {
        assertThat(verify("head.json", "inclusion.json")).as(output.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("校验通过", eventId);
    }

    @Test
    void aConsistencyProofVerifiesBetweenTwoSignedHeads() {
        assertThat(verify("head.json", "consistency.json", "old-head.json")).as(output.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void aHeadWhoseRootWasChangedFailsItsSignature() throws IOException {
        ObjectNode head = (ObjectNode) JSON.readTree(dir.resolve("head.json").toFile());
        String root = head.get("rootHash").asText();
        head.put("rootHash", (root.charAt(0) == '0' ? "1" : "0") + root.substring(1));
        JSON.writeValue(dir.resolve("forged.json").toFile(), head);

        assertThat(verify("forged.json", "inclusion.json")).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("[失败] 树头签名", "校验失败");
    }

    @Test
    void aProofForAnotherLeafFails() throws IOException {
        ObjectNode proof = (ObjectNode) JSON.readTree(dir.resolve("inclusion.json").toFile());
        proof.put("leafIndex", 5);
        JSON.writeValue(dir.resolve("moved.json").toFile(), proof);

        assertThat(verify("head.json", "moved.json")).isEqualTo(1);
    }

    @Test
    void anotherKeyDoesNotVerify() {
        String otherKey = AuditKeys.generate(null).publicKeyBase64();
        int status = OfflineVerifier.run(new String[]{"--public-key=" + otherKey, dir.resolve("head.json").toString(),
                dir.resolve("inclusion.json").toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
    }

    @Test
    void consistencyAgainstTheWrongOldHeadFails() {
        assertThat(verify("head.json", "consistency.json", "head.json")).isEqualTo(1);
    }

    @Test
    void wrongUsageSaysHow() {
        assertThat(verify("head.json")).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("用法");
    }
}
