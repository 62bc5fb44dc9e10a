/**
 * The canonical JSON form of reports: codec, JSON Lines and JSON Schema.
 */
package io.github.nianbao.serialization;
