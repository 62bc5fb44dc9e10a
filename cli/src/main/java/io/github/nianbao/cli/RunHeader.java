package io.github.nianbao.cli;

import java.util.List;
import java.util.Map;

/**
 * What a run of {@code validate} was done with, so that a decision can be traced later: the
 * nianbao version, the catalogue's version, the rule pack (id, version, and the SHA-256 of its file
 * when it was read from one) and the options that change findings or decisions. The JSON output
 * writes it as its first line ({@code "type": "run"}).
 *
 * @param nianbao the version of nianbao
 * @param catalogue the catalogue's version ({@link io.github.nianbao.core.catalogue.Catalogue#VERSION})
 * @param packId the rule pack's id ({@code national} for the built-in one)
 * @param packVersion the rule pack's version
 * @param packSha256 the SHA-256 of the pack's file, or null for the built-in pack
 * @param failOn the {@code --fail-on} severity, as the option spells it
 * @param lang the language of the messages
 * @param disabled the {@code --disable} rule ids
 * @param severityOf the {@code --severity-of} overrides, rule id to severity word
 * @param rules the {@code --rule} filter, empty for every rule
 * @param severity the {@code --severity} filter, or null
 * @param baselineSha256 the SHA-256 of the {@code --baseline} file, or null
 * @param likelyCauses whether {@code --likely-causes} was given
 * @param allResults whether {@code --all-results} was given
 */
record RunHeader(String nianbao, String catalogue, String packId, String packVersion, String packSha256, String failOn,
        String lang, List<String> disabled, Map<String, String> severityOf, List<String> rules, String severity,
        String baselineSha256, boolean likelyCauses, boolean allResults) {

    RunHeader {
        disabled = List.copyOf(disabled);
        severityOf = Map.copyOf(severityOf);
        rules = List.copyOf(rules);
    }
}
