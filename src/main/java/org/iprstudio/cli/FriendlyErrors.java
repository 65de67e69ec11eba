package org.iprstudio.cli;

import org.iprstudio.domain.DomainException;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.json.JsonFormatException;
import org.iprstudio.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Known problems with the user's files become one clear line and exit status 2; no stack traces for them. */
final class FriendlyErrors implements IExecutionExceptionHandler {
    static final int USER_DATA_PROBLEM = 2;
    /** The window was asked for where there is no screen. */
    static final int NO_DISPLAY = 3;
    private final CliContext context;

    FriendlyErrors(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) throws Exception {
        if (e instanceof StoreException || e instanceof JsonFormatException || e instanceof DomainException
                || e instanceof org.iprstudio.exchange.ExchangeFormatException) {
            context.err().println(Texts.get("error.prefix", describe(e)));
            context.err().flush();
            return USER_DATA_PROBLEM;
        }
        if (e instanceof CliContext.NoDisplayException) {
            context.err().println(Texts.get("error.noDisplay"));
            context.err().flush();
            return NO_DISPLAY;
        }
        throw e;
    }

    /** A failure's message in the reader's language (its keyed message, decision 0021), on one line; getMessage() stays English for logs. */
    static String describe(Throwable e) {
        return oneLine(UserMessage.describe(e, java.util.Locale.getDefault()));
    }

    /** The report is one line, whatever the message was built from (a value or a verdict may hold line breaks). */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
