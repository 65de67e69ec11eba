package org.iprstudio.app.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import org.iprstudio.app.AppMessages;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.files.NewFiles;
import org.iprstudio.domain.AuditEvent;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Researcher;
import org.iprstudio.domain.Study;

/**
 * The audit trail as a CSV table (RFC 4180, UTF-8, CRLF): when (ISO-8601 UTC), who (initials),
 * name, kind, what, target id. Written whole under a temporary name and moved into place.
 */
public final class HistoryCsv {
    static final List<String> HEADER = List.of("when_utc", "who", "name", "kind", "what", "target_id");

    private HistoryCsv() {
    }

    public static String text(Study study, List<AuditEvent> events) {
        StringBuilder out = new StringBuilder();
        record(out, HEADER);
        for (AuditEvent e : events) {
            String name = study.team().researcher(e.who()).map(Researcher::name).orElse("");
            record(out, List.of(e.at().toString(), e.who(), name, e.kind().name(), e.what(), e.target() == null ? "" : e.target().toString()));
        }
        return out.toString();
    }

    /** Writes the table; refuses to replace a file unless {@code replace}. */
    public static void write(Study study, List<AuditEvent> events, Path target, boolean replace) {
        try {
            NewFiles.write(target.toAbsolutePath(), text(study, events).getBytes(StandardCharsets.UTF_8), replace);
        } catch (FileAlreadyExistsException e) {
            throw new DomainException(AppMessages.of("historyCsv.alreadyFileChooseAnother", target.toAbsolutePath()));
        } catch (IOException e) {
            throw new DomainException(AppMessages.of("historyCsv.historyCouldWrittenNothing", target.toAbsolutePath(), UserMessage.from(e)));
        }
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = fields.get(i);
            // a spreadsheet runs a cell that starts like a formula: such text is kept as text
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        out.append("\r\n");
    }
}
