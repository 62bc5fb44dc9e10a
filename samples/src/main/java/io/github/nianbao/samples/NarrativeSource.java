package io.github.nianbao.samples;

import io.github.nianbao.core.Narrative;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts narrative text out of a published source file by line ranges, so that the sample reports
 * carry the published wording without pasting it into Java.
 *
 * <p>A specification lists blocks, each {@code P} (paragraph) or {@code H} (sub-heading) followed by
 * a 1-based line or line range of the source file: {@code "P13-17 H24 P25-31"}. The lines of a
 * block are trimmed and joined without separator (the line breaks are the PDF's or the web page's,
 * not the author's); blank lines, page numbers such as {@code -2-} and form feeds are dropped.
 */
final class NarrativeSource {

    private static final Pattern PAGE_NUMBER = Pattern.compile("-\\s*\\d+\\s*-");

    private final List<String> lines;

    NarrativeSource(String text) {
        this.lines = text.lines().toList();
    }

    Narrative narrative(String spec) {
        Narrative.Builder builder = Narrative.builder();
        for (String block : spec.trim().split("\\s+")) {
            char kind = block.charAt(0);
            String[] range = block.substring(1).split("-");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            String text = join(from, to);
            switch (kind) {
                case 'P' -> builder.paragraph(text);
                case 'H' -> builder.heading(text);
                default -> throw new IllegalArgumentException("block kind must be P or H: " + block);
            }
        }
        return builder.build();
    }

    private String join(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int n = from; n <= to; n++) {
            String line = lines.get(n - 1).replace('\f', ' ').strip();
            if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
                sb.append(line);
            }
        }
        if (sb.isEmpty()) {
            throw new IllegalArgumentException("lines " + from + "-" + to + " hold no text");
        }
        return sb.toString();
    }
}
