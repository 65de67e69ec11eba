package org.iprstudio.ui.agreement;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.iprstudio.analysis.agreement.Estimate;
import org.iprstudio.analysis.agreement.MarkAgreement;
import org.iprstudio.domain.PairingWindow;
import org.iprstudio.ui.Texts;

/**
 * Agreement 2M / (n_c + n_t) as the pairing window widens from 0 to 60 s (symmetric, anchors
 * only), with the study's own window marked: a dashed line at its wider side and a diamond at
 * the agreement that window gives (which also counts overlapping spans, so it may lie off the curve).
 */
public final class WindowCurvePlot extends PlotCanvas {
    private static final long MAX_MILLIS = 60_000;
    private List<MarkAgreement.CurvePoint> curve = List.of();
    private PairingWindow studyWindow;
    private Estimate atStudyWindow;
    private String title = "";
    private String emptyMessage = "";

    WindowCurvePlot() {
        setName("agreementCurve");
    }

    /** @param whyEmpty what the plot says when there is no curve to draw */
    void show(String newTitle, List<MarkAgreement.CurvePoint> newCurve, PairingWindow window, Estimate atWindow, String whyEmpty) {
        title = newTitle;
        emptyMessage = whyEmpty;
        curve = List.copyOf(newCurve);
        studyWindow = window;
        atStudyWindow = atWindow;
        setToolTipText(title);
        repaint();
    }

    /** The points drawn (for tests and the accessible description). */
    public List<MarkAgreement.CurvePoint> curve() {
        return curve;
    }

    public String title() {
        return title;
    }

    @Override
    void paintPlot(Graphics2D g, int width, int height) {
        g.setColor(text());
        g.drawString(title, LEFT, TOP - 8);
        g.setFont(smaller(g));
        for (int i = 0; i <= 4; i++) {
            double y = TOP + height - i / 4.0 * height;
            g.setColor(grid());
            g.drawLine(LEFT, (int) y, LEFT + width, (int) y);
            g.setColor(text());
            rightAligned(g, org.iprstudio.ui.common.LocalFormats.fixed(i / 4.0, 2), LEFT - 5, y + 4);
        }
        for (long s = 0; s <= 60; s += 10) {
            double x = x(s * 1000, width);
            g.setColor(grid());
            g.drawLine((int) x, TOP + height, (int) x, TOP + height + 4);
            g.setColor(text());
            centred(g, String.valueOf(s), x, TOP + height + 16);
        }
        centred(g, Texts.get("agreement.curve.axis"), LEFT + width / 2.0, TOP + height + 31);
        boolean defined = !curve.isEmpty() && curve.stream().allMatch(p -> p.agreement().proportion().isDefined());
        if (!defined) {
            empty(g, curve.isEmpty() ? emptyMessage : Texts.get("agreement.curve.none"));
            return;
        }
        if (studyWindow != null) {
            long wider = Math.max(studyWindow.before().millis(), studyWindow.after().millis());
            double x = x(Math.min(wider, MAX_MILLIS), width);
            g.setColor(WINDOW);
            g.setStroke(dashed());
            g.drawLine((int) x, TOP, (int) x, TOP + height);
            g.setStroke(new BasicStroke(1f));
            String label = Texts.get("agreement.curve.studyWindow", AgreementWords.length(studyWindow.before().millis()),
                    AgreementWords.length(studyWindow.after().millis()));
            int labelWidth = g.getFontMetrics().stringWidth(label);
            g.drawString(label, (float) Math.min(x + 4, LEFT + width - labelWidth), TOP + 12);
            if (atStudyWindow != null && atStudyWindow.isDefined()) {
                double y = y(atStudyWindow.value(), height);
                Path2D diamond = new Path2D.Double();
                diamond.moveTo(x, y - 5);
                diamond.lineTo(x + 5, y);
                diamond.lineTo(x, y + 5);
                diamond.lineTo(x - 5, y);
                diamond.closePath();
                g.fill(diamond);
            }
        }
        Path2D line = new Path2D.Double();
        boolean first = true;
        for (MarkAgreement.CurvePoint p : curve) {
            double x = x(p.window().millis(), width);
            double y = y(p.agreement().proportion().value(), height);
            if (first) {
                line.moveTo(x, y);
                first = false;
            } else {
                line.lineTo(x, y);
            }
        }
        g.setColor(LINE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
    }

    private static double x(long millis, int width) {
        return LEFT + millis * (double) width / MAX_MILLIS;
    }

    private static double y(double share, int height) {
        return TOP + height - share * height;
    }
}
