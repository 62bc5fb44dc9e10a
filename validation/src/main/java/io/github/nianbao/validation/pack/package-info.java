/**
 * Rule packs in files: a documented, versioned JSON format (docs/RULE-PACKS.md, schema
 * {@code io/github/nianbao/validation/pack/rule-pack.schema.json}) for sum relations over the
 * catalogue's cells (the JSON Pointers of the canonical JSON), severities, blank policy, deadlines,
 * and messages and hints in both languages. {@link io.github.nianbao.validation.pack.RulePack#read}
 * checks a pack when it loads and reports every problem with its line and column; a validator takes
 * it with {@link io.github.nianbao.validation.ReportValidator.Builder#rulePack(RulePack)}.
 *
 * <p>Reading needs {@code tools.jackson.core:jackson-core} (Jackson 3's streaming parser) at run
 * time, an optional dependency of this module.
 */
package io.github.nianbao.validation.pack;
