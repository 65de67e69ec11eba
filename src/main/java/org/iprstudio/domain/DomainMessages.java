package org.iprstudio.domain;

/** The domain's messages, from org/iprstudio/domain/messages.properties (English) and its _nb twin. */
public final class DomainMessages {
    public static final String BUNDLE = "org.iprstudio.domain.messages";

    private DomainMessages() {
    }

    public static UserMessage of(String key, Object... arguments) {
        return UserMessage.of(BUNDLE, key, arguments);
    }

    /** A role as a noun in lower case ("therapist"), in the reader's language. */
    public static UserMessage role(Role role) {
        return of("role." + role.name());
    }

    /** A role with its article ("an observer"), in the reader's language. */
    public static UserMessage roleWithArticle(Role role) {
        return of("role.withArticle." + role.name());
    }

    /** A recall's status in lower case ("planned"), in the reader's language. */
    public static UserMessage passStatus(PassStatus status) {
        return of("passStatus." + status.name());
    }
}
