package org.iprstudio.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One stop in a recall: the anchor is where the video was stopped; the optional span is the
 * exchange it refers to (people stop after it, so the span usually starts before the anchor).
 */
public record Moment(UUID id, UUID passId, MediaTime anchor, TimeSpan span, Initiator initiator, String comment,
                     TimeFrame timeFrame, Helpfulness helpfulness, Integer intensity, Instant createdAt, List<String> tags) implements Entity {
    public static final int MIN_INTENSITY = 1;
    public static final int MAX_INTENSITY = 5;

    public Moment {
        Require.present(id, "what.momentSId");
        Require.present(passId, "what.recallPassMoment");
        Require.present(anchor, "what.timeMoment");
        Require.present(initiator, "what.whoStoppedVideo");
        comment = Require.orEmpty(comment);
        Require.that(intensity == null || intensity >= MIN_INTENSITY && intensity <= MAX_INTENSITY,
                () -> DomainMessages.of("moment.intensityScaleUse", intensity));
        Require.present(createdAt, "what.whenMomentWasMade");
        tags = tags == null || tags.isEmpty() ? List.of() : tags.stream().map(t -> Require.text(t, "what.quickTag")).distinct().toList();
    }

    /** A moment without quick tags. */
    public Moment(UUID id, UUID passId, MediaTime anchor, TimeSpan span, Initiator initiator, String comment, TimeFrame timeFrame,
                  Helpfulness helpfulness, Integer intensity, Instant createdAt) {
        this(id, passId, anchor, span, initiator, comment, timeFrame, helpfulness, intensity, createdAt, List.of());
    }

    public Moment withComment(String newComment) {
        return new Moment(id, passId, anchor, span, initiator, newComment, timeFrame, helpfulness, intensity, createdAt, tags);
    }

    public Moment withSpan(TimeSpan newSpan) {
        return new Moment(id, passId, anchor, newSpan, initiator, comment, timeFrame, helpfulness, intensity, createdAt, tags);
    }

    public Moment withInitiator(Initiator newInitiator) {
        return new Moment(id, passId, anchor, span, newInitiator, comment, timeFrame, helpfulness, intensity, createdAt, tags);
    }

    public Moment withTimeFrame(TimeFrame newTimeFrame) {
        return new Moment(id, passId, anchor, span, initiator, comment, newTimeFrame, helpfulness, intensity, createdAt, tags);
    }

    public Moment withHelpfulness(Helpfulness newHelpfulness) {
        return new Moment(id, passId, anchor, span, initiator, comment, timeFrame, newHelpfulness, intensity, createdAt, tags);
    }

    public Moment withIntensity(Integer newIntensity) {
        return new Moment(id, passId, anchor, span, initiator, comment, timeFrame, helpfulness, newIntensity, createdAt, tags);
    }

    public Moment withTags(List<String> newTags) {
        return new Moment(id, passId, anchor, span, initiator, comment, timeFrame, helpfulness, intensity, createdAt, newTags);
    }

    public Optional<TimeSpan> optionalSpan() {
        return Optional.ofNullable(span);
    }

    /** Where playback of this moment starts: the span start if there is one, else the anchor. */
    public MediaTime playFrom() {
        return span == null ? anchor : span.start();
    }

    public Optional<Valence> valence() {
        return helpfulness == null ? Optional.empty() : Optional.of(helpfulness.valence());
    }
}
