package fr.vigie.facts;

public enum CertificationStatus {
    /** the clause states the certification is held */
    HELD,
    /** the clause makes holding it an obligation of the holder (tender pieces, contract terms) */
    REQUIRED,
    /** « en cours de certification », « certification prévue » */
    IN_PROGRESS,
    /** « n'est pas certifié », « ne dispose pas de la certification » */
    NOT_HELD
}
