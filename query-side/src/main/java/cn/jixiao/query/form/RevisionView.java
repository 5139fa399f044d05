package cn.jixiao.query.form;

import cn.jixiao.kernel.actor.PersonRef;
import cn.jixiao.kernel.declaration.Finding;

import java.util.List;

/** A submitted revision: the exact form reviewers decided on, with the warnings it was submitted with. */
public record RevisionView(int revision, String submittedAt, PersonRef submittedBy, List<Finding> warnings,
                           FormView form) {
}
