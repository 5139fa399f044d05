package cn.jixiao.command.importing;

import cn.jixiao.kernel.actor.MetadataKeys;
import cn.jixiao.kernel.actor.PersonRef;

/**
 * Create a declaration from an uploaded form, all or nothing. {@code approved} records it as approved on paper
 * (tenant admins migrating past years). The file name and its SHA-256 travel as metadata
 * ({@link #IMPORT_FILE}, {@link #IMPORT_SHA256}) so that every resulting event says where it came from.
 */
public record ImportDeclarationCommand(ImportedForm form, String unitCode, boolean approved, PersonRef filer) {

    public static final String IMPORT_FILE = MetadataKeys.IMPORT_FILE;
    public static final String IMPORT_SHA256 = MetadataKeys.IMPORT_SHA256;
}
