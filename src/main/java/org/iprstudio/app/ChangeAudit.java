package org.iprstudio.app;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.AuditKind;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Site;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.Theme;
import org.iprstudio.store.StudyChange;

/**
 * Words a list of changes for the audit trail when the use case gave none: the kind of the first
 * record changed, and "added/changed/removed" with its name. Audit lines are data, kept in English.
 */
final class ChangeAudit {
    private ChangeAudit() {
    }

    static AuditNote describe(Study before, List<StudyChange> changes) {
        StudyChange first = changes.get(0);
        String more = changes.size() > 1 ? " (and " + (changes.size() - 1) + " more change" + (changes.size() > 2 ? "s" : "") + ")" : "";
        if (first instanceof StudyChange.Put put) {
            Entity e = put.entity();
            String verb = before.find(e.id()).isPresent() ? "changed" : "added";
            return new AuditNote(kindOf(e), noun(e) + " " + verb + ": " + name(before, e) + more);
        } else if (first instanceof StudyChange.Delete delete) {
            Entity e = delete.entity();
            return new AuditNote(kindOf(e), noun(e) + " removed: " + name(before, e) + more);
        } else if (first instanceof StudyChange.SetHeader) {
            return new AuditNote(AuditKind.SETUP, "study settings changed" + more);
        } else if (first instanceof StudyChange.SetRecallLock lock) {
            return new AuditNote(AuditKind.SETUP, (lock.lock() == null ? "recall passphrase removed" : "recall passphrase set") + more);
        } else if (first instanceof StudyChange.SetTranscript t) {
            String session = label(before, t.sessionId());
            return new AuditNote(AuditKind.TRANSCRIPT, (t.transcript() == null ? "transcript removed: " : "transcript set: ") + session + more);
        } else if (first instanceof StudyChange.PutResearcher r) {
            return new AuditNote(AuditKind.TEAM, "researcher joined: " + r.researcher().label() + more);
        } else if (first instanceof StudyChange.PutRound r) {
            return new AuditNote(AuditKind.ROUND, "coding round " + r.round().name() + (r.round().isOpen() ? " started" : " closed") + more);
        } else if (first instanceof StudyChange.PutRoundCoding c) {
            return new AuditNote(AuditKind.ROUND, "round code applied: " + codeName(before, c.coding().codeId()) + more);
        } else if (first instanceof StudyChange.DeleteRoundCoding c) {
            return new AuditNote(AuditKind.ROUND, "round code removed: " + codeName(before, c.coding().codeId()) + more);
        } else if (first instanceof StudyChange.PutDecision) {
            return new AuditNote(AuditKind.CONSENSUS, "consensus decided" + more);
        }
        return new AuditNote(AuditKind.OTHER, "change" + more);
    }

    /** The record a list of changes is about, for the History's target column. */
    static UUID targetOf(List<StudyChange> changes) {
        for (StudyChange c : changes) {
            if (c instanceof StudyChange.Put put) {
                return put.entity().id();
            } else if (c instanceof StudyChange.Delete delete) {
                return delete.entity().id();
            } else if (c instanceof StudyChange.SetTranscript t) {
                return t.sessionId();
            } else if (c instanceof StudyChange.PutRound r) {
                return r.round().id();
            } else if (c instanceof StudyChange.PutRoundCoding r) {
                return r.coding().unitId();
            } else if (c instanceof StudyChange.DeleteRoundCoding r) {
                return r.coding().unitId();
            } else if (c instanceof StudyChange.PutDecision d) {
                return d.decision().unitId();
            }
        }
        return null;
    }

    static AuditKind kindOf(Entity e) {
        if (e instanceof Coding) {
            return AuditKind.CODING;
        } else if (e instanceof MomentPair) {
            return AuditKind.PAIR;
        } else if (e instanceof Code) {
            return AuditKind.CODEBOOK;
        } else if (e instanceof Theme) {
            return AuditKind.THEME;
        } else if (e instanceof Memo) {
            return AuditKind.MEMO;
        } else if (e instanceof Moment) {
            return AuditKind.RECALL;
        }
        return AuditKind.SETUP;
    }

    private static String noun(Entity e) {
        if (e instanceof MomentPair) {
            return "pair";
        } else if (e instanceof RecallPass) {
            return "recall pass";
        } else if (e instanceof AttributeValue) {
            return "attribute value";
        }
        return e.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String name(Study study, Entity e) {
        if (e instanceof Site s) {
            return s.code();
        } else if (e instanceof Participant p) {
            return p.code();
        } else if (e instanceof Dyad d) {
            return d.code();
        } else if (e instanceof Session s) {
            return label(study, s);
        } else if (e instanceof Code c) {
            return c.name();
        } else if (e instanceof Theme t) {
            return t.name();
        } else if (e instanceof Memo m) {
            return m.title().isEmpty() ? m.target().name().toLowerCase(Locale.ROOT) + " memo" : m.title();
        } else if (e instanceof Attribute a) {
            return a.name();
        } else if (e instanceof Coding c) {
            return codeName(study, c.codeId());
        } else if (e instanceof Moment m) {
            return m.anchor().toClock();
        } else if (e instanceof MomentPair p) {
            return p.decision().name().toLowerCase(Locale.ROOT);
        } else if (e instanceof RecallPass p) {
            return p.perspective().name().toLowerCase(Locale.ROOT) + " " + p.status().name().toLowerCase(Locale.ROOT);
        }
        return e.id().toString();
    }

    private static String codeName(Study study, UUID codeId) {
        return study.find(codeId).filter(Code.class::isInstance).map(c -> ((Code) c).name()).orElse("a code");
    }

    private static String label(Study study, UUID sessionId) {
        return study.find(sessionId).filter(Session.class::isInstance).map(s -> label(study, (Session) s)).orElse("a session");
    }

    private static String label(Study study, Session s) {
        return study.find(s.dyadId()).filter(Dyad.class::isInstance).map(d -> ((Dyad) d).code()).orElse("?") + "/" + s.number();
    }
}
