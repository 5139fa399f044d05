package cn.jixiao.command.importing;

import cn.jixiao.kernel.declaration.DeclarationId;

/** The declaration an import created and its version (the number of its events). */
public record ImportResult(DeclarationId declarationId, long version) {
}
