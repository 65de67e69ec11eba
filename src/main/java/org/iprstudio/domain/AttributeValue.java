package org.iprstudio.domain;

import java.util.UUID;

/**
 * The value one participant or one dyad has for one case attribute ("T01: years of experience
 * = 12"). An empty value is no record at all. The study checks it fits the attribute's type.
 */
public record AttributeValue(UUID id, UUID attributeId, UUID entityId, String value) implements Entity {
    public AttributeValue {
        Require.present(id, "what.attributeValueSId");
        Require.present(attributeId, "what.attributeValue");
        Require.present(entityId, "what.participantDyadValueBelongs");
        value = Require.text(value, "what.attributeValue2");
    }
}
