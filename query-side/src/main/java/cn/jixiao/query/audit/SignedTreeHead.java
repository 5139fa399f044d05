package cn.jixiao.query.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A signed tree head as served and stored. {@code rootHash} is lower-case hex; {@code signature} and
 * {@code publicKey} (X.509 SubjectPublicKeyInfo DER) are base64; {@code signedAt} is ISO-8601 UTC with
 * milliseconds. The key is kept with each head so that heads signed before a key rotation stay verifiable.
 */
public record SignedTreeHead(String tenant, long size, String rootHash, String signedAt, String signature,
                             String keyId, String publicKey) {

    public static final String SIGNATURE_ALGORITHM = "Ed25519";

    /**
     * What the Ed25519 signature covers: the {@link CanonicalJson} text of
     * {@code {"rootHash":…,"signedAt":…,"size":…,"tenant":…}} in UTF-8. The tenant is signed too, so a head
     * of one bureau can never pass for another's.
     */
    public static byte[] signedContent(String tenant, long size, String rootHash, String signedAt) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("tenant", tenant);
        content.put("size", size);
        content.put("rootHash", rootHash);
        content.put("signedAt", signedAt);
        return CanonicalJson.bytes(content);
    }

    public byte[] signedContent() {
        return signedContent(tenant, size, rootHash, signedAt);
    }
}
