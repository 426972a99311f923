package io.weir.platform.leads;

import java.util.List;

/** Why one row of an import file was refused: its row number as the spreadsheet shows it, the field, the reason. */
public record ImportRowError(int row, String field, String messageKey, List<Object> arguments) {

    public ImportRowError {
        arguments = List.copyOf(arguments);
    }
}
