/**
 * Ready {@link org.quicktheories.core.Gen} sources for QuickTheories users:
 * {@link io.github.nianbao.samples.quicktheories.ReportSources}. This package needs QuickTheories on
 * the class path, which {@code nianbao-samples} declares as an optional dependency: add it to your
 * own build to use this package; the rest of the module works without it.
 */
package io.github.nianbao.samples.quicktheories;
