package io.weir.platform.identity;

/** A sales team with the supervisor who receives its escalations. */
public record Team(String id, String name, String supervisor) {
}
