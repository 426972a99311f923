package io.weir.platform.leads;

import java.util.List;

/**
 * The outcome of an import. With any error nothing was stored ({@code imported} and {@code alreadyPresent} are 0);
 * otherwise every row was stored, or recognised as imported before (same content, so it is not taken twice).
 */
public record LeadImportResult(int rows, int imported, int alreadyPresent, List<ImportRowError> errors) {

    public LeadImportResult {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
