package cn.jixiao.query.form;

import cn.jixiao.query.TenantContext;
import cn.jixiao.query.projection.ReadModel;
import cn.jixiao.query.projection.ReadModelWriter;
import cn.jixiao.query.rebuild.CollectionNames;
import cn.jixiao.query.projection.ProjectionProgress;

/**
 * Current forms, their list rows and submitted revisions, kept by one processor so that a revision is always the
 * form exactly as it was when submitted.
 */
public final class FormReadModel implements ReadModel {

    public static final String PROCESSING_GROUP = "query.forms";

    private final ProjectionProgress progress;

    /** @param progress told when forms move on, so that readers waiting for their own write wake up */
    public FormReadModel(ProjectionProgress progress) {
        this.progress = progress;
    }

    public FormReadModel() {
        this(new ProjectionProgress());
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public ReadModelWriter writer(TenantContext ctx, CollectionNames names) {
        FormStore forms = new FormStore(ctx.database(), names);
        RevisionStore revisions = new RevisionStore(ctx.database(), names);
        FormRows rows = new FormRows(ctx.database(), names);
        forms.createIndexes();
        revisions.createIndexes();
        rows.createIndexes();
        return new FormWriter(ctx.eventStore(), forms, revisions, rows, ids -> progress.formsAdvanced(ctx.tenant(), ids));
    }
}
