package cn.jixiao.query.form;

import cn.jixiao.query.Projector;
import cn.jixiao.query.ReadModel;
import cn.jixiao.query.TenantContext;
import cn.jixiao.query.rebuild.CollectionNames;

/**
 * Current forms and submitted revisions, kept by one processor so that a revision is always the form exactly as
 * it was when submitted. The list endpoints read the same documents.
 */
public final class FormReadModel implements ReadModel {

    public static final String PROCESSING_GROUP = "query.forms";

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    @Override
    public Projector projector(TenantContext ctx, CollectionNames names) {
        FormStore forms = new FormStore(ctx.database(), names);
        RevisionStore revisions = new RevisionStore(ctx.database(), names);
        forms.createIndexes();
        revisions.createIndexes();
        return new FormProjector(forms, revisions, new FormHistory(ctx.eventStore()));
    }
}
