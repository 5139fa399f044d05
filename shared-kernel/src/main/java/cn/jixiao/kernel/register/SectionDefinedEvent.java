package cn.jixiao.kernel.register;

import org.axonframework.serialization.Revision;

/** A business section (业务股室) was set up, or renamed. */
@Revision("1")
public record SectionDefinedEvent(RegisterId registerId, SectionId section, String name) implements RegisterEvent {
}
