package cn.jixiao.command.monitoring;

import cn.jixiao.kernel.declaration.StartAdjustmentCommand;
import cn.jixiao.kernel.monitoring.RecordAdjustmentRequestCommand;
import cn.jixiao.kernel.monitoring.RequestAdjustmentCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

/**
 * Acting on a red light: the monitoring form records the request (it refuses without a red light), then the
 * declaration's own {@link StartAdjustmentCommand} decides as it always does (filer, approved, reason). Both run in
 * this handler's unit of work, so either both events are appended or neither.
 */
public class MonitoringAdjustments {

    private final CommandGateway commandGateway;

    public MonitoringAdjustments(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Answers the declaration's new version (its ETag). */
    @CommandHandler
    public long handle(RequestAdjustmentCommand command, MetaData metaData) {
        send(new RecordAdjustmentRequestCommand(command.formId(), command.reason(), command.filer()), metaData);
        Object version = send(new StartAdjustmentCommand(command.declarationId(), command.reason(), command.filer(),
                command.expectedDeclarationVersion()), metaData);
        return ((Number) version).longValue();
    }

    private Object send(Object command, MetaData metaData) {
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
