/**
 * The {@code nianbao} command line (picocli): one class per command ({@code template}, {@code convert},
 * {@code check}, {@code export}, {@code merge}, {@code bench}), each returning an exit code, with the batch options
 * as a mixin. No logic of its own beyond inputs, outputs and what is printed: every output is checked before any
 * work and written whole or not at all, and never replaces an input.
 */
package cn.nianbao.annualreport.cli;
