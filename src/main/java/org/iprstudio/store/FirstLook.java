package org.iprstudio.store;

import java.util.Objects;
import org.iprstudio.domain.StudyLook;

/**
 * A large study's first look (decision 0026) with the store it was read from, handed over while the
 * whole study is read (decision 0027). The store takes a change to the look's session at once: it
 * waits only for SQLite's check of every page; its {@link StudyStore#load} is for the open that
 * handed it over, and gives the whole study as it was before any change made to the look. The store
 * is null when changes must wait for the whole study: a file not yet in WAL mode, which the open does
 * not switch before it has checked the file.
 */
public record FirstLook(StudyLook look, StudyStore store) {
    public FirstLook {
        Objects.requireNonNull(look, "look");
    }
}
