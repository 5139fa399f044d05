package cn.jixiao.kernel.declaration;

/**
 * The life cycle of a declaration (domain.md). A project form whose tenant keeps the competent department's
 * stage passes SUBMITTED → COMPETENT_REVIEWED before the business section reviews it.
 */
public enum DeclarationStatus {
    DRAFT, SUBMITTED, COMPETENT_REVIEWED, BUSINESS_REVIEWED, APPROVED, RETURNED, ADJUSTING;

    /** Only these states may be edited by the filer. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED || this == ADJUSTING;
    }
}
