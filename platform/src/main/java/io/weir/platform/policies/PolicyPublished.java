package io.weir.platform.policies;

/** A new policy version is in force for every lead received from now on. */
public record PolicyPublished(int version, String publishedBy) {
}
