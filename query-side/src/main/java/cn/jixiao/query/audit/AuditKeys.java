package cn.jixiao.query.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 key that signs tree heads (JDK built-in, no provider needed).
 *
 * <p>Deploy builds it from {@code jixiao.audit.signing-key} (PKCS#8 DER, base64) and {@code jixiao.audit.key-id};
 * without a configured key it reads, or the first time generates and writes, the PEM file at
 * {@code jixiao.audit.key-file} (embedded default {@code data/audit-ed25519.key}). Without a key id the id is the
 * first 16 hex digits of SHA-256 over the public key, so it changes exactly when the key does. Several instances
 * on one database share the key through a {@link SharedSigningKey} instead of a file of their own.
 */
public final class AuditKeys {

    private final KeyPair keyPair;
    private final String keyId;

    private AuditKeys(KeyPair keyPair, String keyId) {
        this.keyPair = keyPair;
        this.keyId = keyId == null || keyId.isBlank() ? fingerprint(keyPair.getPublic()) : keyId;
    }

    /** From configuration: the configured key when given, else the key file (created on first use). */
    public static AuditKeys load(String signingKeyBase64, String keyId, Path keyFile) {
        if (signingKeyBase64 != null && !signingKeyBase64.isBlank()) {
            return new AuditKeys(fromPkcs8(decodeKeyText(signingKeyBase64)), keyId);
        }
        return new AuditKeys(fromFile(keyFile), keyId);
    }

    /**
     * As {@link #load(String, String, Path)}, but without a configured key the one {@code shared} agreed on: this
     * instance offers the key in {@code keyFile} if that exists (a single instance moving to a shared database keeps
     * its key), else a new one; the file is never written, since it would be this instance's alone.
     */
    public static AuditKeys load(String signingKeyBase64, String keyId, Path keyFile, SharedSigningKey shared) {
        if (shared == null || signingKeyBase64 != null && !signingKeyBase64.isBlank()) {
            return load(signingKeyBase64, keyId, keyFile);
        }
        String offered = keyFile != null && Files.exists(keyFile)
                ? load(null, keyId, keyFile).privateKeyBase64() : generate(keyId).privateKeyBase64();
        return new AuditKeys(fromPkcs8(decodeKeyText(shared.agree(offered))), keyId);
    }

    public static AuditKeys of(KeyPair keyPair, String keyId) {
        return new AuditKeys(keyPair, keyId);
    }

    public static AuditKeys generate(String keyId) {
        return new AuditKeys(newKeyPair(), keyId);
    }

    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    /** The public key as served with every head: X.509 SubjectPublicKeyInfo DER, base64. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded());
    }

    /** The private key as PKCS#8 DER, base64: the form {@code jixiao.audit.signing-key} takes. */
    public String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(keyPair.getPrivate().getEncoded());
    }

    public byte[] sign(byte[] content) {
        try {
            Signature signer = Signature.getInstance(SignedTreeHead.SIGNATURE_ALGORITHM);
            signer.initSign(keyPair.getPrivate());
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 签名失败", e);
        }
    }

    public static PublicKey publicKey(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(SignedTreeHead.SIGNATURE_ALGORITHM).generatePublic(new X509EncodedKeySpec(decodeKeyText(base64)));
    }

    public static boolean verify(PublicKey key, byte[] content, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(SignedTreeHead.SIGNATURE_ALGORITHM);
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyPair fromFile(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return fromPkcs8(decodeKeyText(Files.readString(keyFile, StandardCharsets.US_ASCII)));
            }
            KeyPair generated = newKeyPair();
            writePem(keyFile, generated.getPrivate());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("审计签名密钥文件无法读写: " + keyFile, e);
        }
    }

    private static void writePem(Path keyFile, PrivateKey key) throws IOException {
        Path parent = keyFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Files.writeString(keyFile, pem, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the operator secures the directory
        }
    }

    /** Accepts bare base64 or PEM armour. */
    private static byte[] decodeKeyText(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    /**
     * The JDK cannot derive an Ed25519 public key from a private one directly; generating a key pair whose
     * "random" bytes are the private key's seed yields exactly that key's public half (RFC 8032 §5.1.5).
     */
    private static KeyPair fromPkcs8(byte[] der) {
        try {
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            byte[] seed = ((EdECPrivateKey) privateKey).getBytes().orElseThrow();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            return new KeyPair(generator.generateKeyPair().getPublic(), privateKey);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("jixiao.audit.signing-key 不是 Ed25519 的 PKCS#8 私钥", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is built into every JDK since 15", e);
        }
    }

    private static String fingerprint(PublicKey key) {
        return HexFormat.of().formatHex(MerkleTree.sha256().digest(key.getEncoded())).substring(0, 16);
    }

    /** Hands out the given seed once; used only to re-derive a public key. */
    private static final class SeedRandom extends SecureRandom {
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
