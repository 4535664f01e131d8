package org.newsfigures.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * What the two command lines, {@link Main}'s and the maintainers' (org.newsfigures.dev.DevMain), share: every command
 * under them has the help and version options and lists its options in the order it declares them.
 */
@Command(scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = CodeVersion.class)
public abstract class CommandRoot {}
