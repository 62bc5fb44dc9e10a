/**
 * The rules engine: {@link io.github.nianbao.validation.ReportValidator} checks a report, optionally
 * against the same agency's report for the previous year, and returns every
 * {@link io.github.nianbao.validation.Finding} in a {@link io.github.nianbao.validation.ValidationResult}.
 *
 * <p>The relations between cells are data ({@link io.github.nianbao.validation.SumRule}) built from the
 * core catalogue; the other checks are {@link io.github.nianbao.validation.Rule}s. Rule ids are the
 * stable codes of {@link io.github.nianbao.validation.StandardRule}.
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
package io.github.nianbao.validation;

import org.immutables.value.Value;
