package cn.jixiao.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks, with nothing but the log's public key, what the audit endpoints returned: a signed tree head and an
 * inclusion or a consistency proof, as the JSON files the endpoints serve. No Spring, no database.
 *
 * <pre>
 * java -Dloader.main=cn.jixiao.query.audit.OfflineVerifier -cp jixiao.jar org.springframework.boot.loader.launch.PropertiesLauncher \
 *      [--public-key=BASE64|--public-key=@key.pem] head.json proof.json [old-head.json]
 * </pre>
 * {@code proof.json} from {@code /audit/proofs/inclusion} is checked against {@code head.json}; one from
 * {@code /audit/proofs/consistency} needs the older head too ({@code old-head.json}, the head of size {@code from};
 * {@code head.json} is the head of size {@code to}). Exit status 0 verified, 1 not verified, 2 wrong usage.
 */
public final class OfflineVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private final PrintStream out;
    private boolean ok = true;

    private OfflineVerifier(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        String key = null;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--public-key=")) {
                key = arg.substring("--public-key=".length());
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.size() < 2 || files.size() > 3) {
            out.println("用法: OfflineVerifier [--public-key=BASE64|@文件] head.json proof.json [old-head.json]");
            return 2;
        }
        try {
            return new OfflineVerifier(out).verify(key, files) ? 0 : 1;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            out.println("无法校验: " + e.getMessage());
            return 2;
        }
    }

    private boolean verify(String key, List<Path> files) throws IOException, GeneralSecurityException {
        JsonNode head = read(files.get(0));
        JsonNode proof = read(files.get(1));
        PublicKey publicKey = publicKey(key, head);
        checkHead("树头", head, publicKey);
        if (proof.has("leafIndex")) {
            checkInclusion(head, proof);
        } else if (proof.has("from")) {
            if (files.size() < 3) {
                out.println("一致性证明还需要旧树头文件 old-head.json");
                return false;
            }
            JsonNode oldHead = read(files.get(2));
            checkHead("旧树头", oldHead, publicKey);
            checkConsistency(oldHead, head, proof);
        } else {
            throw new IllegalArgumentException("proof.json 既不是包含证明也不是一致性证明");
        }
        out.println(ok ? "校验通过 (VERIFIED)" : "校验失败 (NOT VERIFIED)");
        return ok;
    }

    private PublicKey publicKey(String key, JsonNode head) throws IOException, GeneralSecurityException {
        if (key == null) {
            out.println("注意: 未给出 --public-key，使用树头自带的公钥；这只证明内容自洽，不证明是谁签的");
            return AuditKeys.publicKey(head.path("publicKey").asText());
        }
        String text = key.startsWith("@") ? Files.readString(Path.of(key.substring(1)), StandardCharsets.US_ASCII) : key;
        PublicKey trusted = AuditKeys.publicKey(text);
        if (head.hasNonNull("publicKey") && !Base64.getEncoder().encodeToString(trusted.getEncoded()).equals(head.get("publicKey").asText())) {
            out.println("注意: 树头所附公钥与给出的公钥不同，以给出的公钥为准");
        }
        return trusted;
    }

    private void checkHead(String label, JsonNode head, PublicKey key) {
        byte[] content = SignedTreeHead.signedContent(head.path("tenant").asText(), head.path("size").asLong(),
                head.path("rootHash").asText(), head.path("signedAt").asText());
        boolean valid = AuditKeys.verify(key, content, Base64.getDecoder().decode(head.path("signature").asText()));
        report(valid, label + "签名 (size " + head.path("size").asLong() + ", signedAt " + head.path("signedAt").asText() + ")");
    }

    private void checkInclusion(JsonNode head, JsonNode proof) {
        long treeSize = proof.path("treeSize").asLong();
        report(treeSize == head.path("size").asLong(), "包含证明的树大小 " + treeSize + " 与树头一致");
        boolean included = ProofVerifier.verifyInclusion(proof.path("leafIndex").asLong(), treeSize,
                HEX.parseHex(proof.path("leafHash").asText()), hashes(proof.path("path")), HEX.parseHex(head.path("rootHash").asText()));
        report(included, "事件 " + proof.path("eventId").asText() + " (叶子 " + proof.path("leafIndex").asLong() + ") 在树中");
    }

    private void checkConsistency(JsonNode oldHead, JsonNode head, JsonNode proof) {
        long from = proof.path("from").asLong();
        long to = proof.path("to").asLong();
        report(from == oldHead.path("size").asLong() && to == head.path("size").asLong(),
                "一致性证明的大小 " + from + " → " + to + " 与两个树头一致");
        boolean consistent = ProofVerifier.verifyConsistency(from, to, HEX.parseHex(oldHead.path("rootHash").asText()),
                HEX.parseHex(head.path("rootHash").asText()), hashes(proof.path("path")));
        report(consistent, "大小为 " + from + " 的树是大小为 " + to + " 的树的前缀（只追加，未改写）");
    }

    private void report(boolean passed, String what) {
        out.println((passed ? "[通过] " : "[失败] ") + what);
        ok &= passed;
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(node -> hashes.add(HEX.parseHex(node.asText())));
        return hashes;
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
