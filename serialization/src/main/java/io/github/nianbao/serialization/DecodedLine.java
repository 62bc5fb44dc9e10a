package io.github.nianbao.serialization;

/**
 * One line of a JSON Lines stream, decoded.
 *
 * @param lineNumber the line in the stream, from 1
 * @param result the report or the problems of that line; the problems' line is {@code lineNumber}
 */
public record DecodedLine(long lineNumber, DecodeResult result) {
}
