package cn.jixiao.kernel.declaration;

/** The life cycle of a declaration (domain.md). */
public enum DeclarationStatus {
    DRAFT, SUBMITTED, BUSINESS_REVIEWED, APPROVED, RETURNED, ADJUSTING;

    /** Only these states may be edited by the filer. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED || this == ADJUSTING;
    }
}
