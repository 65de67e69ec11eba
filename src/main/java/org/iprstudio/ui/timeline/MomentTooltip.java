package org.iprstudio.ui.timeline;

import org.iprstudio.domain.Moment;
import org.iprstudio.ui.Texts;

/** The hover text of a moment: time, span, ratings and the comment. */
final class MomentTooltip {
    private MomentTooltip() {
    }

    static String html(Moment m) {
        StringBuilder b = new StringBuilder("<html><div style='width:320px'><b>").append(m.anchor().toShortClock()).append("</b>");
        if (m.span() != null) {
            b.append(" &nbsp;(").append(m.span().start().toShortClock()).append(" - ").append(m.span().end().toShortClock()).append(')');
        }
        b.append("<br>");
        if (m.helpfulness() != null) {
            b.append(escape(Texts.get("moment.helpfulness", org.iprstudio.ui.common.LocalFormats.decimal(m.helpfulness().value(), 1),
                    Texts.get("valence." + m.helpfulness().valence().name().toLowerCase(java.util.Locale.ROOT)))));
        } else {
            b.append(escape(Texts.get("moment.unrated")));
        }
        if (m.intensity() != null) {
            b.append(" &middot; ").append(escape(Texts.get("moment.intensity", m.intensity())));
        }
        b.append(" &middot; ").append(escape(Texts.get("initiator." + m.initiator().name().toLowerCase(java.util.Locale.ROOT))));
        if (!m.comment().isBlank()) {
            b.append("<br><i>").append(escape(m.comment())).append("</i>");
        }
        return b.append("</div></html>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
