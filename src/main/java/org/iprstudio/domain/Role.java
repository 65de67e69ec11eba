package org.iprstudio.domain;

/** What a person is in the study; the role of the person who recalls is the perspective of a recall pass. */
public enum Role {
    CLIENT, THERAPIST, OBSERVER, SUPERVISOR, TRAINEE, INTERVIEWER;

    /** Roles whose recall is a perspective on the session (an interviewer only asks). */
    public boolean canRecall() {
        return this != INTERVIEWER;
    }
}
