package org.iprstudio.app.coding;

import java.util.List;

/**
 * The codebooks a researcher can add in one step, from the frameworks IPR studies of the
 * alliance code with. Each is a group code with its codes; names follow the common
 * abbreviations (the demo study uses the same), descriptions say what to look for.
 */
public enum StarterCodebook {
    BORDIN("Bordin", "#4e79a7", "Bordin's working alliance: agreement on goals and tasks, and the bond.", List.of(
            entry("GOAL", "Agreement (or not) on what therapy is working towards."),
            entry("TASK", "Agreement (or not) on how they work: the activities of therapy."),
            entry("BOND", "The personal bond: trust, liking, feeling respected."))),
    RUPTURES("Ruptures (3RS)", "#e15759", "Rupture markers and resolution strategies (Safran and Muran; Rupture Resolution Rating System). Rate salience 1 to 5 in a memo where it matters.", List.of(
            entry("WD-MIN", "Withdrawal: minimal response."),
            entry("WD-DEF", "Withdrawal: deferring, appeasing."),
            entry("WD-TOPIC", "Withdrawal: changing the topic."),
            entry("WD-ABS", "Withdrawal: abstract talk, intellectualising."),
            entry("WD-SPLIT", "Withdrawal: content and affect split."),
            entry("WD-DENY", "Withdrawal: denial."),
            entry("CF-THER", "Confrontation: complaint about the therapist."),
            entry("CF-ACT", "Confrontation: complaint about the activities of therapy."),
            entry("CF-PARAM", "Confrontation: complaint about the parameters (time, frequency)."),
            entry("CF-PROG", "Confrontation: complaint about progress."),
            entry("CF-REJECT", "Confrontation: rejecting an intervention."),
            entry("CF-PRESSURE", "Confrontation: pressuring the therapist."),
            entry("RS-CLARIFY", "Resolution: clarifying a misunderstanding."),
            entry("RS-CHANGE", "Resolution: changing the task or goal."),
            entry("RS-RAT", "Resolution: giving a rationale."),
            entry("RS-INVITE", "Resolution: inviting talk about the relationship."),
            entry("RS-ACK", "Resolution: acknowledging one's own part."),
            entry("RS-LINK", "Resolution: linking to patterns in other relationships."))),
    CLIENT_REACTIONS("Client reactions", "#b07aa1", "Client reactions to interventions (after Hill).", List.of(
            entry("R-UNDERSTOOD", "Felt understood."),
            entry("R-SUPPORTED", "Felt supported."),
            entry("R-HOPEFUL", "Felt hopeful."),
            entry("R-RELIEVED", "Felt relieved."),
            entry("R-NEWPERSP", "Gained a new perspective."),
            entry("R-MISUNDERSTOOD", "Felt misunderstood."),
            entry("R-STUCK", "Felt stuck."),
            entry("R-SCARED", "Felt scared."),
            entry("R-CONFUSED", "Felt confused."),
            entry("R-CHALLENGED", "Felt challenged."))),
    THERAPIST_REACTIONS("Therapist reactions", "#9c755f", "The therapist's own reactions (countertransference).", List.of(
            entry("CT-urge-to-rescue", "An urge to rescue or fix."),
            entry("CT-irritation", "Irritation."),
            entry("CT-protective", "Protectiveness."),
            entry("CT-boredom", "Boredom, drifting attention.")));

    /** One code of a starter codebook. */
    public record Entry(String name, String description) {
    }

    private final String groupName;
    private final String colour;
    private final String description;
    private final List<Entry> codes;

    StarterCodebook(String groupName, String colour, String description, List<Entry> codes) {
        this.groupName = groupName;
        this.colour = colour;
        this.description = description;
        this.codes = codes;
    }

    private static Entry entry(String name, String description) {
        return new Entry(name, description);
    }

    public String groupName() {
        return groupName;
    }

    public String colour() {
        return colour;
    }

    public String description() {
        return description;
    }

    public List<Entry> codes() {
        return codes;
    }
}
