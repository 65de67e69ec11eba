package org.iprstudio.app.setup;

import org.iprstudio.app.AppMessages;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.coding.EditHistory;
import org.iprstudio.app.coding.EditKind;
import org.iprstudio.domain.Attribute;
import org.iprstudio.domain.AttributeTarget;
import org.iprstudio.domain.AttributeType;
import org.iprstudio.domain.AttributeValue;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.store.StudyChange;

/**
 * The researcher defines case attributes (age group, years of experience, outcome) for
 * participants or dyads and fills in their values. Every method is one undoable edit in the
 * same history as the other setup edits, committed at once; a refusal changes nothing.
 */
public final class CaseAttributes {
    private final StudyService service;
    private final EditHistory history;

    public CaseAttributes(StudyService service, EditHistory history) {
        this.service = service;
        this.history = history;
    }

    /** The attribute edits of the study the setup edits work on, in the same edit history. */
    public static CaseAttributes of(StudySetup setup) {
        return new CaseAttributes(setup.service(), setup.history());
    }

    private Study study() {
        return service.study();
    }

    public Attribute define(AttributeTarget appliesTo, String name, AttributeType type, List<String> choices) {
        Attribute attribute = new Attribute(UUID.randomUUID(), appliesTo, name, type, choices);
        history.perform(EditKind.DEFINE_ATTRIBUTE, attribute.name(), List.of(new StudyChange.Put(attribute)));
        return attribute;
    }

    /** Renames an attribute, or changes its type or choices; refused when a value would no longer fit. */
    public Attribute edit(Attribute before, String name, AttributeType type, List<String> choices) {
        Attribute attribute = new Attribute(before.id(), before.appliesTo(), name, type, choices);
        history.perform(EditKind.EDIT_ATTRIBUTE, attribute.name(), List.of(new StudyChange.Put(attribute)));
        return attribute;
    }

    public Attribute rename(Attribute before, String name) {
        return edit(before, name, before.type(), before.choices());
    }

    /** How many values go with the attribute when it is removed. */
    public int valueCount(Attribute attribute) {
        return study().removalOf(attribute.id()).size() - 1;
    }

    /** Removes the attribute and all its values, as one undoable edit. */
    public void remove(Attribute attribute) {
        history.perform(EditKind.REMOVE_ATTRIBUTE, attribute.name(), service.deletionOf(study().attribute(attribute.id())));
    }

    /**
     * Sets the value a participant or dyad has for the attribute; blank text clears it. A choice
     * typed in another case is taken as the choice, and a number with a decimal comma as the
     * same number with a point, so that "2,5" and "Improved" are not refused for nothing.
     */
    public Optional<AttributeValue> setValue(Attribute attribute, UUID ownerId, String text) {
        Attribute current = study().attribute(attribute.id());
        Optional<AttributeValue> before = study().valueOf(current.id(), ownerId);
        UserMessage subject = AppMessages.of("subject.attributeOf", current.name(), ownerCode(current, ownerId));
        if (text == null || text.isBlank()) {
            before.ifPresent(v -> history.perform(EditKind.SET_ATTRIBUTE_VALUE, subject, List.of(new StudyChange.Delete(v))));
            return Optional.empty();
        }
        String value = normalized(current, text.strip());
        if (before.isPresent() && before.get().value().equals(value)) {
            return before;
        }
        AttributeValue after = new AttributeValue(before.map(AttributeValue::id).orElseGet(UUID::randomUUID), current.id(), ownerId, value);
        UserMessage problem = current.problemWith(value);
        if (problem != null) {
            throw new DomainException(problem);
        }
        history.perform(EditKind.SET_ATTRIBUTE_VALUE, subject, List.of(new StudyChange.Put(after)));
        return Optional.of(after);
    }

    private static String normalized(Attribute attribute, String value) {
        if (attribute.type() == AttributeType.CHOICE) {
            return attribute.choices().stream().filter(c -> c.equalsIgnoreCase(value)).findFirst().orElse(value);
        }
        if (attribute.type() == AttributeType.NUMBER && value.matches("[+-]?\\d+,\\d+")) {
            return value.replace(',', '.');
        }
        return value;
    }

    private String ownerCode(Attribute attribute, UUID ownerId) {
        return attribute.appliesTo() == AttributeTarget.PARTICIPANT ? study().participant(ownerId).code() : study().dyad(ownerId).code();
    }
}
