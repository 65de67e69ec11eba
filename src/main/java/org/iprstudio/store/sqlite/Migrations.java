package org.iprstudio.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered SQL scripts that build the study file; script N brings a file from format N-1
 * to N, and PRAGMA user_version records where a file stands. Released scripts never change.
 */
public final class Migrations {
    private final List<String> scripts;

    private Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** The scripts shipped with this version: V1__initial.sql, V2__..., in order. */
    public static Migrations bundled() {
        return of(List.of(read("V1__initial.sql"), read("V2__recall.sql"), read("V3__attributes.sql"), read("V4__transcripts.sql"),
                read("V5__quotes.sql"), read("V6__supervision.sql"), read("V7__exports.sql"), read("V8__team.sql")));
    }

    /** Scripts given directly: index 0 is format 1. Tests use this to prove the upgrade path. */
    public static Migrations of(List<String> scripts) {
        return new Migrations(new ArrayList<>(scripts));
    }

    public int newestVersion() {
        return scripts.size();
    }

    /** The script that brings a file to {@code version}. */
    String script(int version) {
        return scripts.get(version - 1);
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The schema script " + name + " is missing from the program; reinstall IPR Studio.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script into statements; scripts keep semicolons out of strings and comments. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        for (String statement : withoutComments.toString().split(";")) {
            if (!statement.isBlank()) {
                result.add(statement.strip());
            }
        }
        return result;
    }
}
