package org.iprstudio.ui.transcript;

import java.awt.Component;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.iprstudio.app.StudyService;
import org.iprstudio.app.transcript.SpeakerMapping;
import org.iprstudio.app.transcript.TranscriptImport;
import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.Dyad;
import org.iprstudio.domain.Participant;
import org.iprstudio.domain.Role;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Transcript;
import org.iprstudio.ui.Texts;
import org.iprstudio.ui.common.ErrorText;

/**
 * File > Import transcript: chooses the file, reads and checks all of it (a bad file is refused
 * with its line, nothing imported), asks once which speaker labels are the dyad's therapist and
 * client, then commits it to the study in one change.
 */
public final class TranscriptImportDialog {
    private TranscriptImportDialog() {
    }

    /** Asks for the transcript file; empty when the researcher cancels. */
    public static Optional<Path> chooseFile(Component parent) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(Texts.get("transcript.import.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("transcript.import.filter"), "srt", "vtt", "txt"));
        return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    }

    /** Reads and checks the file, asks for the speakers, saves: the transcript saved, or empty when cancelled or refused. */
    public static Optional<Transcript> importFile(Component parent, StudyService service, Session session, Path file) {
        TranscriptImport.Draft draft;
        try {
            draft = TranscriptImport.read(file, session);
        } catch (DomainException e) {
            JOptionPane.showMessageDialog(parent, ErrorText.of(e), Texts.get("transcript.import.title"), JOptionPane.ERROR_MESSAGE);
            return Optional.empty();
        }
        Dyad dyad = service.study().dyad(session.dyadId());
        Optional<Map<String, Role>> speakers = askSpeakers(parent, service, dyad, draft.speakerLabels());
        if (speakers.isEmpty()) {
            return Optional.empty();
        }
        Transcript transcript = draft.withSpeakers(speakers.get());
        try {
            TranscriptImport.save(service, transcript);
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(parent, ErrorText.of(e), Texts.get("transcript.import.title"), JOptionPane.ERROR_MESSAGE);
            return Optional.empty();
        }
        return Optional.of(transcript);
    }

    /** One row per label: therapist, client or another speaker, preset from the labels and the participants' codes. */
    private static Optional<Map<String, Role>> askSpeakers(Component parent, StudyService service, Dyad dyad, List<String> labels) {
        if (labels.isEmpty()) {
            return Optional.of(Map.of());
        }
        Map<String, Role> guess = SpeakerMapping.guess(service.study(), dyad, labels);
        Participant therapist = service.study().participant(dyad.therapistId());
        Participant client = service.study().participant(dyad.clientId());
        String[] choices = {Texts.get("transcript.import.therapist", therapist.code()), Texts.get("transcript.import.client", client.code()),
                Texts.get("transcript.import.other")};
        JPanel panel = new JPanel(new MigLayout("insets 0", "[][grow,fill]"));
        panel.add(new JLabel(Texts.wrapped(360, "transcript.import.speakers", dyad.code())), "span, wrap 10");
        Map<String, JComboBox<String>> boxes = new LinkedHashMap<>();
        for (String label : labels) {
            JComboBox<String> box = new JComboBox<>(choices);
            box.setName("speaker:" + label);
            Role role = guess.get(label);
            box.setSelectedIndex(role == Role.THERAPIST ? 0 : role == Role.CLIENT ? 1 : 2);
            panel.add(new JLabel(label));
            panel.add(box, "wrap");
            boxes.put(label, box);
        }
        int answer = JOptionPane.showConfirmDialog(parent, panel, Texts.get("transcript.import.title"), JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.QUESTION_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        Map<String, Role> result = new LinkedHashMap<>();
        boxes.forEach((label, box) -> {
            if (box.getSelectedIndex() == 0) {
                result.put(label, Role.THERAPIST);
            } else if (box.getSelectedIndex() == 1) {
                result.put(label, Role.CLIENT);
            }
        });
        return Optional.of(result);
    }
}
