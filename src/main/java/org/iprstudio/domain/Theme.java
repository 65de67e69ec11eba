package org.iprstudio.domain;

import java.util.List;
import java.util.UUID;

/** A theme or subtheme (parentId set), the codes grouped under it and its exemplar moments. */
public record Theme(UUID id, UUID parentId, String name, String definition, ThemeStatus status, int position,
                    List<UUID> codeIds, List<UUID> exemplarMomentIds) implements Entity {
    public Theme {
        Require.present(id, "what.themeSId");
        name = Require.text(name, "what.themeName");
        definition = Require.orEmpty(definition);
        status = status == null ? ThemeStatus.CANDIDATE : status;
        Require.that(parentId == null || !parentId.equals(id), "theme.themeCannotOwnParent", name);
        codeIds = List.copyOf(codeIds == null ? List.of() : codeIds);
        exemplarMomentIds = List.copyOf(exemplarMomentIds == null ? List.of() : exemplarMomentIds);
        Require.that(codeIds.stream().distinct().count() == codeIds.size(), "theme.themeListsCodeTwice", name);
        Require.that(exemplarMomentIds.stream().distinct().count() == exemplarMomentIds.size(), "theme.themeListsExemplarTwice", name);
    }

    public boolean refersTo(UUID codeOrMomentId) {
        return codeIds.contains(codeOrMomentId) || exemplarMomentIds.contains(codeOrMomentId);
    }

    /** The same theme without a code or exemplar that is being removed from the study. */
    public Theme without(UUID codeOrMomentId) {
        return new Theme(id, parentId, name, definition, status, position,
                codeIds.stream().filter(c -> !c.equals(codeOrMomentId)).toList(),
                exemplarMomentIds.stream().filter(m -> !m.equals(codeOrMomentId)).toList());
    }
}
