package io.weir.platform.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while a command is checked, then refuses it as a whole. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String messageKey, Object... arguments) {
        found.add(FieldViolation.of(field, messageKey, arguments));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}
