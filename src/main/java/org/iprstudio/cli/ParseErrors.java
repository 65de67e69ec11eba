package org.iprstudio.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command line that was not understood (an unknown option, a missing file name, an option given twice) gets one line in
 * the reader's language and where to find the help, instead of picocli's English message and the whole usage text.
 * Cases without a text of our own keep picocli's words after a translated lead-in.
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(Texts.get("error.prefix", message(problem)));
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(Texts.get("parse.didYouMean", String.join(", ", unmatched.getSuggestions())));
        }
        err.println(Texts.get("parse.tryHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(CommandLine.ParameterException problem) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            return Texts.get(first.startsWith("-") ? "parse.unknownOption" : "parse.unexpectedArgument", first);
        }
        if (problem instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return Texts.get("parse.missing", missing.getMissing().stream().map(ParseErrors::nameOf).collect(Collectors.joining(", ")));
        }
        if (problem instanceof CommandLine.OverwrittenOptionException twice && twice.getOverwritten() != null) {
            return Texts.get("parse.twice", nameOf(twice.getOverwritten()));
        }
        return Texts.get("parse.other", problem.getMessage());
    }

    private static String nameOf(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        if (arg instanceof PositionalParamSpec positional) {
            return positional.paramLabel();
        }
        return arg.toString();
    }
}
