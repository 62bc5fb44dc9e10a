package io.github.nianbao.renderer;

import java.util.Locale;
import java.util.Optional;

/** The documents a report is rendered as. */
public enum DocumentFormat {
    /** A Word document (Office Open XML), in the layout of the official template. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** A standalone HTML page, UTF-8, with its styles inline and no scripts. */
    HTML("html", "text/html; charset=utf-8");

    private final String extension;
    private final String mediaType;

    DocumentFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** {@return the usual file extension, without the dot} */
    public String extension() {
        return extension;
    }

    /** {@return the media type of the document} */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Finds a format by its name or extension, in any case.
     *
     * @param name {@code docx} or {@code html} (also {@code htm})
     * @return the format, or empty for any other name
     */
    public static Optional<DocumentFormat> ofName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("htm")) {
            return Optional.of(HTML);
        }
        for (DocumentFormat f : values()) {
            if (f.extension.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
