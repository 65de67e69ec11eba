package org.iprstudio.domain;

import java.util.UUID;

/**
 * The value one participant or one dyad has for one case attribute ("T01: years of experience
 * = 12"). An empty value is no record at all. The study checks it fits the attribute's type.
 */
public record AttributeValue(UUID id, UUID attributeId, UUID entityId, String value) implements Entity {
    public AttributeValue {
        Require.present(id, "An attribute value's id");
        Require.present(attributeId, "The attribute of a value");
        Require.present(entityId, "The participant or dyad a value belongs to");
        value = Require.text(value, "An attribute value");
    }
}
