package io.weir.platform.shared;

import java.util.List;

/**
 * One reason why a field was refused. {@code messageKey} resolves in {@code messages*.properties}, so the user reads it
 * in their own language; {@code arguments} fill its placeholders.
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) {

    public FieldViolation {
        arguments = List.copyOf(arguments);
    }

    public static FieldViolation of(String field, String messageKey, Object... arguments) {
        return new FieldViolation(field, messageKey, List.of(arguments));
    }
}
