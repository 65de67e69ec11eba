package org.iprstudio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A case attribute, as NVivo's classifications or MAXQDA's document variables: "age group",
 * "years of experience", "outcome". It describes participants or dyads; its values are
 * {@link AttributeValue}s. A choice attribute lists its choices in the order they are offered.
 */
public record Attribute(UUID id, AttributeTarget appliesTo, String name, AttributeType type, List<String> choices) implements Entity {
    public Attribute {
        Require.present(id, "what.attributeSId");
        Require.present(appliesTo, "what.whatAttributeDescribesParticipants");
        name = Require.text(name, "what.attributeSName");
        if (name.length() > 80) {
            throw new DomainException(DomainMessages.of("attribute.attributeNameTooLong", name.substring(0, 20)));
        }
        Require.present(type, "what.typeOfAttribute", name);
        List<String> cleaned = new ArrayList<>();
        for (String choice : choices == null ? List.<String>of() : choices) {
            String c = Require.text(choice, "what.choiceOfAttribute", name);
            Require.that(cleaned.stream().noneMatch(c::equalsIgnoreCase), "attribute.attributeListsChoiceTwice", name, c);
            cleaned.add(c);
        }
        if (type == AttributeType.CHOICE) {
            Require.that(!cleaned.isEmpty(), "attribute.attributeListChoicesBut", name);
        } else {
            Require.that(cleaned.isEmpty(), "attribute.attributeSoHasChoices", name, type.name().toLowerCase(Locale.ROOT));
        }
        choices = List.copyOf(cleaned);
    }

    /**
     * The value as it is compared and grouped: a number in its plain shortest form ("12.0", "12"
     * and "1.2E1" are all "12"), anything else as it is. Values are stored as typed.
     */
    public String comparable(String value) {
        if (type != AttributeType.NUMBER || value == null) {
            return value;
        }
        try {
            BigDecimal number = new BigDecimal(value.strip()).stripTrailingZeros();
            return number.signum() == 0 ? "0" : number.toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** Why this value does not fit the attribute's type, or null when it fits. */
    public UserMessage problemWith(String value) {
        if (value == null || value.isBlank()) {
            return DomainMessages.of("attribute.valueEmpty", name);
        }
        String v = value.strip();
        if (type == AttributeType.NUMBER) {
            try {
                new BigDecimal(v);
            } catch (NumberFormatException e) {
                return DomainMessages.of("attribute.notANumber", v, name);
            }
        }
        if (type == AttributeType.CHOICE && !choices.contains(v)) {
            return DomainMessages.of("attribute.notAChoice", v, name, String.join(", ", choices));
        }
        return null;
    }
}
