package org.iprstudio.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The study's quotes, by id and by moment (a moment has one at most). Kept apart from
 * {@link Study}, which checks the rules that need the rest of the study before it puts one here.
 */
final class MomentQuotes {
    private final Map<UUID, Quote> byId = new LinkedHashMap<>();
    private final Map<UUID, Quote> byMoment = new LinkedHashMap<>();

    Map<UUID, Quote> byId() {
        return byId;
    }

    Optional<Quote> ofMoment(UUID momentId) {
        return Optional.ofNullable(byMoment.get(momentId));
    }

    List<Quote> all() {
        return new ArrayList<>(byId.values());
    }

    void put(Quote quote) {
        Quote other = byMoment.get(quote.momentId());
        Require.that(other == null || other.id().equals(quote.id()), "momentQuotes.momentHasQuoteAlready");
        Quote before = byId.get(quote.id());
        Require.that(before == null || before.momentId().equals(quote.momentId()), "momentQuotes.quoteCannotMoveAnother");
        byId.put(quote.id(), quote);
        byMoment.put(quote.momentId(), quote);
    }

    void unindex(Quote quote) {
        byMoment.remove(quote.momentId());
    }
}
