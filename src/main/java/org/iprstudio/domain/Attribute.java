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
        Require.present(id, "An attribute's id");
        Require.present(appliesTo, "What the attribute describes (participants or dyads)");
        name = Require.text(name, "The attribute's name");
        if (name.length() > 80) {
            throw new DomainException("The attribute name '" + name.substring(0, 20) + "...' is too long: use at most 80 characters.");
        }
        Require.present(type, "The type of attribute '" + name + "'");
        List<String> cleaned = new ArrayList<>();
        for (String choice : choices == null ? List.<String>of() : choices) {
            String c = Require.text(choice, "A choice of attribute '" + name + "'");
            Require.that(cleaned.stream().noneMatch(c::equalsIgnoreCase), "Attribute '" + name + "' lists the choice '" + c + "' twice; list each choice once.");
            cleaned.add(c);
        }
        if (type == AttributeType.CHOICE) {
            Require.that(!cleaned.isEmpty(), "Attribute '" + name + "' is a list of choices but has none; give at least one choice.");
        } else {
            Require.that(cleaned.isEmpty(), "Attribute '" + name + "' is " + type.name().toLowerCase(Locale.ROOT)
                    + ", so it has no choices; make it a list of choices or leave the choices empty.");
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
    public String problemWith(String value) {
        if (value == null || value.isBlank()) {
            return "A value of attribute '" + name + "' must not be empty; clear the value instead.";
        }
        String v = value.strip();
        if (type == AttributeType.NUMBER) {
            try {
                new BigDecimal(v);
            } catch (NumberFormatException e) {
                return "'" + v + "' is not a number; attribute '" + name + "' takes a number like 7 or 2.5.";
            }
        }
        if (type == AttributeType.CHOICE && !choices.contains(v)) {
            return "'" + v + "' is not one of the choices of attribute '" + name + "' (" + String.join(", ", choices) + "); pick one of them.";
        }
        return null;
    }
}
