package io.github.nianbao.cli;

import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The language of help and usage messages. The English texts are the commands' annotations; the
 * Chinese ones, the default, are in {@code help.properties}, keyed by the qualified command name
 * ({@code nianbao.validate.usage.description}, {@code nianbao.validate.format}), as picocli looks
 * them up. {@code --lang en} anywhere in the arguments gives the English help.
 */
final class Help {

    private Help() {
    }

    static void apply(CommandLine cl, Language lang) {
        if (!lang.isEnglish()) {
            cl.setResourceBundle(ResourceBundle.getBundle("io.github.nianbao.cli.help", lang.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }
}
