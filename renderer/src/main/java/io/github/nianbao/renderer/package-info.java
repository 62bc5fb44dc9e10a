/**
 * Rendering of reports as Word and HTML documents: {@link io.github.nianbao.renderer.ReportRenderer}.
 */
package io.github.nianbao.renderer;
