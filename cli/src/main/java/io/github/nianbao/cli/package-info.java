/**
 * The {@code nianbao} command: {@link io.github.nianbao.cli.Nianbao} and its subcommands.
 */
package io.github.nianbao.cli;
