/**
 * The narrative against the tables: the figures that sections 一 and 六 state about the tables
 * (applications received, handled and carried, outcomes, reconsideration and litigation, documents
 * issued, repealed and in force, fees), each with the readings of the tables its words allow.
 *
 * <p>{@link io.github.nianbao.validation.narrative.NarrativeFigures} finds them; the standard
 * validator's {@code NARRATIVE-FIGURE} rule reports a stated figure that matches none of its
 * readings.
 */
package io.github.nianbao.validation.narrative;
