package fr.vigie.waiver;

/** A waiver file that cannot be used; the message (French) names the file and the entry. */
public class WaiverException extends RuntimeException {

    public WaiverException(String message) {
        super(message);
    }
}
