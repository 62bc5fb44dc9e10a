package io.github.nianbao.cli;

/**
 * Recognises a PDF or Word file handed to a command where JSON is expected, by its first bytes,
 * so that the user is told which command reads it instead of being shown a JSON syntax error.
 */
final class WrongKind {

    private WrongKind() {
    }

    /**
     * @param name the input's name
     * @param start the input's first bytes
     * @param length how many of them there are
     * @param command the command that cannot read it
     * @return the problem, or null if the input does not look like a PDF or Word file
     */
    static Problem of(String name, byte[] start, int length, Language lang, String command) {
        String kind = kind(start, length);
        return kind == null ? null : Problem.of(Problem.WRONG_COMMAND, 0, lang.text("input.wrongKind", name, kind, command));
    }

    static String kind(byte[] b, int n) {
        if (n >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "PDF";
        }
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return "Word (.docx)";
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0) {
            return "Word (.doc)";
        }
        return null;
    }
}
