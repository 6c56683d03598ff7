package fr.vigie.sweep;

/** A sweep that cannot start (input or output unusable); the message is for the user, in French. */
public class SweepException extends RuntimeException {

    public SweepException(String message) {
        super(message);
    }

    public SweepException(String message, Throwable cause) {
        super(message, cause);
    }
}
