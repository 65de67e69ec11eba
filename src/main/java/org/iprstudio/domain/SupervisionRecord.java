package org.iprstudio.domain;

import java.util.UUID;

/**
 * What a supervision is made of. Kept apart from the research records ({@link Entity}): a
 * supervision meeting's stops are not moments of a recall pass, so they never enter pairing,
 * coding, agreement or the research exports.
 */
public sealed interface SupervisionRecord permits SupervisionMeeting, SupervisionMoment, LearningPoint {
    UUID id();
}
