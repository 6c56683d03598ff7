package fr.vigie.rules;

import java.util.List;

/** A rule pack that cannot be used; the message and diagnostics are in French for pack authors. */
public class PackException extends RuntimeException {

    private final List<String> diagnostics;

    public PackException(String message) {
        this(message, List.of());
    }

    public PackException(String message, List<String> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
        this.diagnostics = List.of();
    }

    /** One line per problem: « SEC/SEC-03.drl:12:4 : … ». */
    public List<String> diagnostics() {
        return diagnostics;
    }
}
