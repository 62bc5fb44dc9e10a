/**
 * The report model: {@link io.github.nianbao.core.AnnualReport} and its metadata, narratives and
 * {@link io.github.nianbao.core.Edition editions}. Tables live in {@code io.github.nianbao.core.table},
 * cells in {@code io.github.nianbao.core.cell}, and every label in {@code io.github.nianbao.core.catalogue}.
 *
 * <p>Two things every module shares live here too. {@link io.github.nianbao.core.Severity} is the one
 * severity of every diagnostic the library gives: validation findings, import issues and JSON decode
 * problems. {@link io.github.nianbao.core.MessageLanguage} is the one convention for languages: every
 * public method that formats text for a person takes a {@link java.util.Locale} and gives English for
 * a locale whose language is {@code en}, Chinese for every other, and throws
 * {@link NullPointerException} for null; its form without a locale ({@code message()},
 * {@code label()}, {@code describe()}, {@code toString()}) gives simplified Chinese,
 * {@link io.github.nianbao.core.MessageLanguage#DEFAULT_LOCALE}.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allParameters = false,
        // No @Generated on generated classes: consumers do not have Immutables' annotations, and
        // javac warns about every annotation class it cannot find (an error under -Werror).
        allowedClasspathAnnotations = {Override.class},
        // The public builders are hand-written and documented, delegating to the generated ones;
        // a nested class named Builder must not be taken as a base for the generated builder.
        typeInnerBuilder = "GeneratedBuilderBase",
        builder = "generatedBuilder",
        defaults = @Value.Immutable(copy = true))
package io.github.nianbao.core;

import org.immutables.value.Value;
