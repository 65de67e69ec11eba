package org.iprstudio.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.importing.CodebookImport;
import org.iprstudio.app.importing.EafImport;
import org.iprstudio.app.importing.ImportException;
import org.iprstudio.exchange.eaf.EafReader;
import org.iprstudio.exchange.qdpx.CodebookReader;

/**
 * import FILE --into STUDY: adds an ELAN file's tiers as recall passes (--session, --tier
 * "TIER=PARTICIPANT") or a REFI-QDA codebook (.qdc, .qde, .qdpx) to a study file. Chosen by the
 * file's extension; the file is read completely before the study is touched, and the study is
 * changed in one transaction or not at all.
 */
final class ImportInto {
    private final CliContext context;
    private final WhoOption who;

    ImportInto(CliContext context, WhoOption who) {
        this.who = who;
        this.context = context;
    }

    int run(Path file, Path into, Path out, String session, List<String> tiers) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean eaf = name.endsWith(".eaf");
        boolean codebook = name.endsWith(".qdc") || name.endsWith(".qde") || name.endsWith(".qdpx");
        if (into == null) {
            return fail(eaf || codebook ? Texts.get("importInto.needInto", file) : Texts.get("importInto.needOut", file));
        }
        if (out != null) {
            return fail(Texts.get("importInto.outAndInto"));
        }
        if (!eaf && !codebook) {
            return fail(Texts.get("importInto.unknownKind", file));
        }
        if (into.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return fail(Texts.get("importInto.intoJson", into));
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String tier : tiers) {
            int eq = tier.lastIndexOf('=');
            if (eq <= 0 || eq == tier.length() - 1) {
                return fail(Texts.get("importInto.badTier", tier));
            }
            mapping.put(tier.substring(0, eq).strip(), tier.substring(eq + 1).strip());
        }
        if (codebook && (!mapping.isEmpty() || session != null)) {
            return fail(Texts.get("importInto.codebookOptions"));
        }
        if (eaf && session == null) {
            EafReader.Document document = EafReader.read(file);
            return fail(Texts.get("importInto.needSession", EafImport.tierList(document)));
        }
        try {
            if (codebook) {
                CodebookReader.ImportedCodebook read = CodebookReader.read(file);
                CodebookImport.Result result;
                try (StudyService service = who.open(context, into)) {
                    result = new CodebookImport(service).apply(read);
                }
                context.out().println(Texts.get("importInto.codebookDone", file.getFileName(), into, result.added(), result.matched()));
                result.notes().forEach(n -> context.out().println(Texts.get("importInto.note", n)));
            } else {
                EafReader.Document document = EafReader.read(file);
                EafImport.Result result;
                try (StudyService service = who.open(context, into)) {
                    result = new EafImport(service, Clock.systemUTC()).apply(document, session, mapping);
                }
                context.out().println(Texts.get("importInto.eafDone", file.getFileName(), into, result.moments(), result.momentsByTier().size(),
                        session));
                if (result.estimated() > 0) {
                    context.out().println(Texts.get("importInto.estimated", result.estimated()));
                }
                result.notes().forEach(n -> context.out().println(Texts.get("importInto.note", n)));
            }
            context.out().flush();
            return 0;
        } catch (ImportException e) {
            return fail(FriendlyErrors.describe(e));
        }
    }

    private int fail(String message) {
        context.err().println(Texts.get("error.prefix", FriendlyErrors.oneLine(message)));
        context.err().flush();
        return FriendlyErrors.USER_DATA_PROBLEM;
    }
}
