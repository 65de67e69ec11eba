package org.iprstudio.app.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.StudyService;
import org.iprstudio.domain.Code;
import org.iprstudio.domain.Study;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.qdpx.CodebookReader;
import org.iprstudio.store.StudyChange;

/**
 * Adds a REFI-QDA codebook to a study, in one transaction. The rule for names that clash: a code
 * is the same code as one already in the study when it has the same GUID (a codebook exported
 * from this study), or the same name (ignoring case and surrounding spaces) under the same group;
 * such a code is left as it is (its name, description and colour are not overwritten) and the
 * imported subcodes go under it. Every other code is added with its group, description and
 * colour. Importing the same codebook twice therefore adds nothing the second time.
 */
public final class CodebookImport {

    /** How many codes were added, how many matched codes already there (by name or GUID), and what was left out. */
    public record Result(int added, int matched, int sets, List<UserMessage> notes) {
    }

    private final StudyService service;

    public CodebookImport(StudyService service) {
        this.service = service;
    }

    public Result apply(CodebookReader.ImportedCodebook codebook) {
        Study study = service.study();
        Map<UUID, Code> byId = new HashMap<>();
        Map<String, Code> byName = new HashMap<>();
        for (Code code : study.codes()) {
            byId.put(code.id(), code);
            byName.put(key(code.parentId(), code.name()), code);
        }
        List<StudyChange> changes = new ArrayList<>();
        int[] counts = new int[2];
        for (CodebookReader.ImportedCode root : codebook.roots()) {
            add(study, root, null, byId, byName, changes, counts);
        }
        if (!changes.isEmpty()) {
            service.apply(changes);
        }
        List<UserMessage> notes = new ArrayList<>(codebook.notes());
        if (codebook.sets() > 0) {
            notes.add(AppMessages.of("codebookImport.setsLeftOut", codebook.sets()));
        }
        return new Result(counts[0], counts[1], codebook.sets(), List.copyOf(notes));
    }

    private static void add(Study study, CodebookReader.ImportedCode imported, UUID parentId, Map<UUID, Code> byId, Map<String, Code> byName,
                            List<StudyChange> changes, int[] counts) {
        UUID id = idOf(imported.guid());
        Code same = id == null ? null : byId.get(id);
        if (same == null) {
            same = byName.get(key(parentId, imported.name()));
        }
        Code target;
        if (same != null) {
            counts[1]++;
            target = same;
        } else {
            UUID newId = id == null || study.find(id).isPresent() || byId.containsKey(id)
                    ? UUID.nameUUIDFromBytes(("qdc:" + study.header().id() + ":" + parentId + ":" + imported.name()).getBytes(StandardCharsets.UTF_8))
                    : id;
            target = new Code(newId, parentId, imported.name(), imported.description(), imported.colour(), false);
            changes.add(new StudyChange.Put(target));
            byId.put(newId, target);
            byName.put(key(parentId, imported.name()), target);
            counts[0]++;
        }
        for (CodebookReader.ImportedCode child : imported.children()) {
            add(study, child, target.id(), byId, byName, changes, counts);
        }
    }

    /** The GUID as a UUID when it is one (REFI GUIDs are UUIDs; a tool that writes something else gets new ids). */
    private static UUID idOf(String guid) {
        try {
            return guid == null || guid.isBlank() ? null : UUID.fromString(guid);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(UUID parentId, String name) {
        return parentId + "/" + name.strip().toLowerCase(Locale.ROOT);
    }
}
