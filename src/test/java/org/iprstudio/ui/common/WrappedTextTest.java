package org.iprstudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Rows and labels broken into lines by measuring them in their own font. */
class WrappedTextTest {
    private final FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
            .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 13));

    @Test
    void everyLineFitsTheWidthAndNoWordIsLost() {
        String text = "S1  Fjordvik outpatient clinic (public, fictional) & <more>";
        int width = metrics.stringWidth("Fjordvik outpatient");
        String html = WrappedText.html(text, metrics, width);
        String[] lines = html.replace("<html>", "").replace("</html>", "").split("<br>");
        assertThat(lines.length).isGreaterThan(1);
        for (String line : lines) {
            String plain = line.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
            assertThat(metrics.stringWidth(plain)).as(plain).isLessThanOrEqualTo(width);
        }
        assertThat(String.join(" ", lines).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
                .isEqualTo("S1 Fjordvik outpatient clinic (public, fictional) & <more>");
    }
}
