package org.iprstudio.app.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.iprstudio.analysis.ThemeFrequency;
import org.iprstudio.app.AppMessages;
import org.iprstudio.app.LoadedStudy;
import org.iprstudio.app.StudySources;
import org.iprstudio.domain.Moment;
import org.iprstudio.domain.Session;
import org.iprstudio.domain.Study;
import org.iprstudio.exchange.report.HtmlReport;
import org.iprstudio.exchange.report.ReportOptions;
import org.iprstudio.exchange.report.ReportStill;
import org.iprstudio.media.FrameGrabber;

/**
 * Writes the study report (one HTML file) the way every export is written ({@link SafeOutput}).
 * Each exemplar moment gets a still of its anchor frame when a frame grabber is given; without
 * one (no libVLC) the report says why and leaves the stills out. The study is only read.
 */
public final class StudyReport {
    private static final int STILL_WIDTH = 480;

    private final StudySources sources;
    private final FrameGrabber grabber;
    private final String whyNoStills;

    /**
     * @param grabber takes the stills, or null
     * @param whyNoStills what the report says when grabber is null (e.g. libVLC is not installed and how to install it)
     */
    public StudyReport(StudySources sources, FrameGrabber grabber, String whyNoStills) {
        this.sources = sources;
        this.grabber = grabber;
        this.whyNoStills = whyNoStills == null ? "" : whyNoStills;
    }

    /** Where, whether to replace, the frequency thresholds, whether stills are wanted at all, and the transcript lines around exemplars. */
    public record Request(Path out, boolean force, ThemeFrequency.Thresholds thresholds, boolean stills, boolean transcriptLines) {
        /** A request that shows the transcript lines (where there is a transcript). */
        public Request(Path out, boolean force, ThemeFrequency.Thresholds thresholds, boolean stills) {
            this(out, force, thresholds, stills, true);
        }
    }

    /** The file written, how many exemplars had a still, and what the report says about stills (empty if all are there). */
    public record Result(Path file, int exemplars, int stills, String stillsNote) {
    }

    public Result write(Path studyPath, Request request, Cancellation cancellation) {
        Path out = request.out().toAbsolutePath().normalize();
        LoadedStudy loaded = sources.read(studyPath);
        Study study = loaded.study();
        List<Moment> exemplars = HtmlReport.exemplars(study);
        Map<UUID, ReportStill> stills = new HashMap<>();
        String note;
        if (!request.stills()) {
            note = AppMessages.of("studyReport.stillsNotAskedFor").render(Locale.getDefault());
        } else if (grabber == null) {
            note = whyNoStills.isBlank() ? AppMessages.of("studyReport.noStillsNoPlayback").render(Locale.getDefault())
                    : AppMessages.of("studyReport.noStillsBecause", whyNoStills).render(Locale.getDefault());
        } else {
            int missing = 0;
            for (int i = 0; i < exemplars.size(); i++) {
                checkCancelled(cancellation, out);
                cancellation.progress(i, exemplars.size() + 1, "still " + (i + 1) + " of " + exemplars.size());
                Optional<ReportStill> still = still(loaded, exemplars.get(i));
                if (still.isPresent()) {
                    stills.put(exemplars.get(i).id(), still.get());
                } else {
                    missing++;
                }
            }
            note = missing == 0 ? "" : AppMessages.of("studyReport.someWithoutStill", String.valueOf(missing), String.valueOf(exemplars.size()))
                    .render(Locale.getDefault());
        }
        checkCancelled(cancellation, out);
        cancellation.progress(exemplars.size(), exemplars.size() + 1, "writing the report");
        HtmlReport report = new HtmlReport(study, new ReportOptions(request.thresholds(), stills, note, Instant.now(), request.transcriptLines()),
                org.iprstudio.app.team.RoundStatistics.ofClosedRounds(study));
        new SafeOutput(loaded.origin(), request.force()).writeFile(out, stream -> {
            checkCancelled(cancellation, out);
            report.write(stream);
        });
        cancellation.progress(exemplars.size() + 1, exemplars.size() + 1, "done");
        return new Result(out, exemplars.size(), stills.size(), note);
    }

    private static void checkCancelled(Cancellation cancellation, Path out) {
        if (cancellation.cancelled()) {
            throw new ExportException(ExportException.Reason.CANCELLED, out, AppMessages.of("studyReport.reportWasCancelledNothing"));
        }
    }

    private Optional<ReportStill> still(LoadedStudy loaded, Moment moment) {
        Session session = loaded.study().session(loaded.study().pass(moment.passId()).sessionId());
        Path video = MediaLinks.video(loaded, session);
        if (video == null || !Files.isRegularFile(video)) {
            return Optional.empty();
        }
        return grabber.grab(video, moment.anchor()).flatMap(StudyReport::encode);
    }

    /** A JPEG a few tens of kilobytes large: enough to recognise the scene, small enough to keep the file light. */
    static Optional<ReportStill> encode(BufferedImage frame) {
        int width = Math.min(STILL_WIDTH, frame.getWidth());
        int height = Math.max(1, (int) Math.round(frame.getHeight() * (double) width / frame.getWidth()));
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(frame, 0, 0, width, height, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(scaled, null, null), param);
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            writer.dispose();
        }
        return Optional.of(new ReportStill("image/jpeg", bytes.toByteArray(), width, height));
    }
}
