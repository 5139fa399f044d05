package cn.jixiao.command.importing;

import cn.jixiao.kernel.declaration.AddGoalCommand;
import cn.jixiao.kernel.declaration.AddIndicatorCommand;
import cn.jixiao.kernel.declaration.ApprovedOnPaperRecordedEvent;
import cn.jixiao.kernel.declaration.BasicInfoUpdatedEvent;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.CreateDeclarationCommand;
import cn.jixiao.kernel.declaration.DeclarationCreatedEvent;
import cn.jixiao.kernel.declaration.DeclarationEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.Finding;
import cn.jixiao.kernel.declaration.FunctionsUpdatedEvent;
import cn.jixiao.kernel.declaration.GoalAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.NotesUpdatedEvent;
import cn.jixiao.kernel.declaration.OverallGoalUpdatedEvent;
import cn.jixiao.kernel.declaration.RecordApprovedOnPaperCommand;
import cn.jixiao.kernel.declaration.UpdateBasicInfoCommand;
import cn.jixiao.kernel.declaration.UpdateBudgetCommand;
import cn.jixiao.kernel.declaration.UpdateFunctionsCommand;
import cn.jixiao.kernel.declaration.UpdateNotesCommand;
import cn.jixiao.kernel.declaration.UpdateOverallGoalCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A stand-in for the Declaration aggregate, so the import's tests see what the import sends and not what the
 * aggregate decides: it turns each command into its event and returns the new version, and refuses an indicator
 * named {@link #REFUSED_NAME}, so a test can make a late command of an import fail.
 */
public class StandInDeclaration {

    static final String REFUSED_NAME = "拒绝此指标";

    @AggregateIdentifier
    private DeclarationId id;
    private long version;

    StandInDeclaration() {
    }

    @CommandHandler
    StandInDeclaration(CreateDeclarationCommand c) {
        apply(new DeclarationCreatedEvent(c.declarationId(), c.year(), c.kind(), c.edition(), c.unit(), c.filingUnit(),
                c.leader(), c.filer()));
    }

    @CommandHandler
    long handle(UpdateBasicInfoCommand c) {
        return applied(new BasicInfoUpdatedEvent(id, c.filingUnit(), c.leader(), c.contact(), c.staffing()));
    }

    @CommandHandler
    long handle(UpdateFunctionsCommand c) {
        return applied(new FunctionsUpdatedEvent(id, c.text()));
    }

    @CommandHandler
    long handle(UpdateBudgetCommand c) {
        return applied(new BudgetUpdatedEvent(id, c.income(), c.expenditure(), c.threePublic()));
    }

    @CommandHandler
    long handle(UpdateOverallGoalCommand c) {
        return applied(new OverallGoalUpdatedEvent(id, c.text()));
    }

    @CommandHandler
    long handle(UpdateNotesCommand c) {
        return applied(new NotesUpdatedEvent(id, c.text()));
    }

    @CommandHandler
    long handle(AddGoalCommand c) {
        return applied(new GoalAddedEvent(id, c.goalId(), c.description()));
    }

    @CommandHandler
    long handle(AddIndicatorCommand c) {
        if (REFUSED_NAME.equals(c.name())) {
            throw DeclarationRejectedException.invalid(List.of(new Finding("TEST", "name", "测试用：拒绝此指标")));
        }
        return applied(new IndicatorAddedEvent(id, c.goalId(), c.indicatorId(), c.level1(), c.level2(), c.name(), c.target()));
    }

    @CommandHandler
    long handle(RecordApprovedOnPaperCommand c) {
        return applied(new ApprovedOnPaperRecordedEvent(id, c.note(), c.recordedBy(), Instant.now()));
    }

    private long applied(DeclarationEvent event) {
        apply(event);
        return version;
    }

    @EventSourcingHandler
    void on(DeclarationEvent event) {
        if (event instanceof DeclarationCreatedEvent created) {
            id = created.declarationId();
        }
        version++;
    }
}
