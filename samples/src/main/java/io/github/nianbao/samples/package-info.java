/**
 * Sample reports and report generators for property-based tests.
 */
package io.github.nianbao.samples;
