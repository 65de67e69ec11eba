package org.iprstudio.app.setup;

import org.iprstudio.domain.UserMessage;
import java.util.List;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.Coding;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Entity;
import org.iprstudio.domain.Memo;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.MomentPair;
import org.iprstudio.domain.RecallPass;
import org.iprstudio.domain.Session;

/**
 * What goes with a removal, counted, so the researcher is told exactly ("D02 session 3: 2 recall
 * passes, 19 moments, 7 codings, 3 pairs") before anything goes; the user interface words it.
 */
public record RemovalSummary(UserMessage subject, int dyads, int sessions, int passes, int moments, int codings, int pairs, int memos,
                             int attributeValues) {

    /** A removal that takes no case attribute values along. */
    public RemovalSummary(UserMessage subject, int dyads, int sessions, int passes, int moments, int codings, int pairs, int memos) {
        this(subject, dyads, sessions, passes, moments, codings, pairs, memos, 0);
    }

    static RemovalSummary of(UserMessage subject, Entity target, List<Entity> removal) {
        return new RemovalSummary(subject, count(removal, target, Dyad.class), count(removal, target, Session.class),
                count(removal, target, RecallPass.class), count(removal, target, Moment.class), count(removal, target, Coding.class),
                count(removal, target, MomentPair.class), count(removal, target, Memo.class),
                count(removal, target, AttributeValue.class));
    }

    private static int count(List<Entity> removal, Entity target, Class<?> type) {
        return (int) removal.stream().filter(e -> !e.id().equals(target.id()) && type.isInstance(e)).count();
    }

    /** True when nothing but the thing itself goes (an empty site, a session without recalls). */
    public boolean nothingElse() {
        return dyads + sessions + passes + moments + codings + pairs + memos + attributeValues == 0;
    }

    /** True when recall data (passes done or planned, moments) would go. */
    public boolean holdsRecallData() {
        return passes + moments + codings + pairs > 0;
    }
}
