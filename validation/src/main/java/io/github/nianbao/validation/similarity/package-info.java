/**
 * Copied text (内容雷同): how much of a narrative section of this year's report is found in the same
 * section of the previous year's, on normalised text, with the longest passages the two share.
 *
 * <p>{@link io.github.nianbao.validation.similarity.TextSimilarity} measures two texts;
 * {@link io.github.nianbao.validation.similarity.CopiedText} is the {@code COPIED-TEXT} rule.
 */
package io.github.nianbao.validation.similarity;
