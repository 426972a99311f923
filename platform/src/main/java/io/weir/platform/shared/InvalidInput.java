package io.weir.platform.shared;

import java.util.List;

/** Input that was refused before anything changed; carries every violation found, not only the first. */
public class InvalidInput extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidInput(List<FieldViolation> violations) {
        super("invalid input: " + violations.stream().map(v -> v.field() + "=" + v.messageKey()).toList());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInput needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String messageKey, Object... arguments) {
        return new InvalidInput(List.of(FieldViolation.of(field, messageKey, arguments)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
