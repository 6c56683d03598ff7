package fr.vigie.extract;

import java.util.List;

/** A vocabulary that cannot be used; the problems name their file and entry, in French. */
public final class VocabularyException extends RuntimeException {

    private final List<String> problems;

    public VocabularyException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
