package io.weir.platform.reports.internal;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC from the classpath, embedded (subset) into every PDF: the built-in STSong-Light is not embedded and shows
 * empty boxes on machines without Chinese fonts. Loaded once; a BaseFont is safe to share between documents.
 */
final class ReportFont {

    private static final String NOTO_SANS_SC = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static volatile BaseFont cjk;

    private ReportFont() {
    }

    static BaseFont cjk() {
        BaseFont font = cjk;
        if (font == null) {
            synchronized (ReportFont.class) {
                if (cjk == null) {
                    cjk = load();
                }
                font = cjk;
            }
        }
        return font;
    }

    private static BaseFont load() {
        try {
            return BaseFont.createFont(NOTO_SANS_SC, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF font " + NOTO_SANS_SC + " is missing from the classpath", e);
        }
    }
}
