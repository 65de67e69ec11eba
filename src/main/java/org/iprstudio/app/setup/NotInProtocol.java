package org.iprstudio.app.setup;

import java.util.List;
import org.iprstudio.app.AppMessages;
import org.iprstudio.domain.DomainException;

/** A session number the protocol does not list; the user interface offers to add it to the protocol. */
public final class NotInProtocol extends DomainException {
    private final int number;

    public NotInProtocol(int number, List<Integer> protocol) {
        super(AppMessages.of("notInProtocol.session", number, String.join(", ", protocol.stream().map(String::valueOf).toList())));
        this.number = number;
    }

    public int number() {
        return number;
    }
}
