/**
 * Tamper evidence (审计): every event of a tenant is a leaf of an RFC 9162 Merkle tree kept by the {@code audit}
 * projection in the tenant's database ({@code audit_leaves}, {@code audit_nodes}); Ed25519-signed tree heads
 * ({@code audit_tree_heads}); inclusion and consistency proofs; a full re-verification from the event store; and
 * {@link cn.jixiao.query.audit.OfflineVerifier} for auditors who trust nothing but the public key.
 *
 * <p>Pure parts ({@link cn.jixiao.query.audit.MerkleTree}, {@link cn.jixiao.query.audit.ProofVerifier},
 * {@link cn.jixiao.query.audit.CanonicalJson}, {@link cn.jixiao.query.audit.AuditKeys}) know neither Spring nor
 * MongoDB.
 */
package cn.jixiao.query.audit;
