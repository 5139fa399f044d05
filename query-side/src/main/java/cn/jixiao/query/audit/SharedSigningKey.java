package cn.jixiao.query.audit;

/**
 * Where several instances on one database keep the one signing key they generated (deploy: the platform database),
 * so no two instances sign tree heads with different keys. Present only when the service runs on a shared
 * database; the embedded default keeps its key in {@code jixiao.audit.key-file}.
 */
@FunctionalInterface
public interface SharedSigningKey {

    /**
     * The stored key (Ed25519 PKCS#8 DER, base64): {@code offered} if no key was stored yet (this instance came
     * first), else the one stored before, whoever stored it.
     */
    String agree(String offered);
}
