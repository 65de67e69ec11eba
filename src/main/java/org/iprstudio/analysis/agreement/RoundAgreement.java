package org.iprstudio.analysis.agreement;

import java.time.Instant;
import java.util.List;
import org.iprstudio.domain.UserMessage;

/**
 * A closed coding round's agreement figures as the exports write them: the round's name, coders,
 * sessions and closing time, and one line per variable (each code, all codes pooled, each
 * exclusive group). Made by the team use cases (which alone may read a round's codings); the
 * formats only print it.
 *
 * @param sessions the round's sessions as labels (D01/3)
 * @param notComparedBecause why the round has no figures at all (no moment to compare), or null; the edges render it in
 *        their reader's language (the report and the window) or in English (the CSV files' cells)
 */
public record RoundAgreement(String round, Instant closedAt, List<String> coders, List<String> sessions, List<Line> lines, UserMessage notComparedBecause) {
    public RoundAgreement {
        coders = List.copyOf(coders);
        sessions = List.copyOf(sessions);
        lines = List.copyOf(lines);
    }

    /** What a line's variable is. */
    public enum Scope {
        CODE("code"), ALL_CODES("all codes"), EXCLUSIVE_GROUP("exclusive group");

        private final String words;

        Scope(String words) {
            this.words = words;
        }

        /** As the exports write it: code, all codes, exclusive group. */
        public String words() {
            return words;
        }
    }

    /**
     * One variable's figures; {@code report} null when the variable could not be compared, and then
     * {@code problem} says why (for example a coder applied two codes of an exclusive group to one unit), rendered
     * where it is shown as {@code notComparedBecause} is.
     */
    public record Line(Scope scope, String name, AgreementReport report, UserMessage problem) {
    }
}
