package io.weir.platform.leads;

/** Told how far an import has come, so a progress bar can move; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    enum Phase { CHECKING, STORING }

    void advanced(Phase phase, int done, int total);
}
