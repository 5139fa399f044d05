package cn.jixiao.command.importing;

import cn.jixiao.kernel.declaration.DeclarationId;

/** The declaration an import created, its version (the number of its events) and the unit it was filed under. */
public record ImportResult(DeclarationId declarationId, long version, String unitCode) {
}
