package cn.jixiao.query.export;

import cn.jixiao.kernel.declaration.DeclarationForm;
import cn.jixiao.kernel.declaration.DeclarationStatus;
import cn.jixiao.kernel.declaration.Review;
import cn.jixiao.kernel.declaration.ReviewStage;

import java.util.List;
import java.util.Optional;

/** What the exported form shows: the form itself, its status, and the reviews of the current round. */
public record ExportedDeclaration(DeclarationForm form, DeclarationStatus status, List<Review> reviews) {

    public ExportedDeclaration {
        reviews = List.copyOf(reviews);
    }

    /** One filled review block: who decided what, when (the event's timestamp). */

    public Optional<Review> review(ReviewStage stage) {
        return reviews.stream().filter(review -> review.stage() == stage).reduce((first, second) -> second);
    }
}
