package org.iprstudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command line that was not understood (an unknown option, a missing file name, an option given twice) gets one line in
 * the reader's language and where to find the help, instead of picocli's English message and the whole usage text.
 * A value that is not of the option's kind says what the option takes. Cases without a text of our own keep picocli's
 * words after a translated lead-in.
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
        if (problem.getCause() != null && problem.getArgSpec() != null && problem.getValue() != null) {
            return badValue(problem.getArgSpec(), problem.getValue());
        }
        return Texts.get("parse.other", problem.getMessage());
    }

    /**
     * A value picocli could not convert (a word for a number, a date that does not exist, an enum value not among the choices):
     * the option, the value, and what it takes, instead of picocli's English and the Java class name.
     */
    private static String badValue(ArgSpec arg, String value) {
        String name = nameOf(arg);
        List<String> choices = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(choices::add);
        }
        if (!choices.isEmpty()) {
            return Texts.get("parse.badChoice", name, value, String.join(", ", choices));
        }
        Class<?> type = elementType(arg);
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class) {
            return Texts.get("parse.badWholeNumber", name, value);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class || type == BigDecimal.class) {
            return Texts.get("parse.badNumber", name, value);
        }
        if (type == LocalDate.class) {
            return Texts.get("parse.badDate", name, value);
        }
        return Texts.get("parse.badValue", name, value);
    }

    /** The type of one value: a list's or an array's element type, else the option's own. */
    private static Class<?> elementType(ArgSpec arg) {
        Class<?>[] auxiliary = arg.auxiliaryTypes();
        boolean many = arg.type().isArray() || java.util.Collection.class.isAssignableFrom(arg.type());
        return many && auxiliary != null && auxiliary.length > 0 ? auxiliary[0] : arg.type();
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
