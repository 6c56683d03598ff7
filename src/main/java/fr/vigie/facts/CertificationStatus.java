package fr.vigie.facts;

public enum CertificationStatus {
    /** the clause states the certification is held */
    HELD,
    /** the clause makes holding it an obligation of the holder (tender pieces, contract terms) */
    REQUIRED,
    /** « en cours de certification », « certification prévue » */
    IN_PROGRESS,
    /** « n'est pas certifié », « ne dispose pas de la certification » */
    NOT_HELD,
    /**
     * Something that sounds like the certification but is not a certificate of the holder: « conforme aux
     * exigences HDS », the pre-2018 « agrément », a certified building only, « s'il dispose ou non de… »
     */
    CLAIMED
}
