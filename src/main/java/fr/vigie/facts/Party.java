package fr.vigie.facts;

/** Who a clause is about (its grammatical subject, as far as it can be told). */
public enum Party {
    /** le Titulaire, le Prestataire, l'Hébergeur, le Fournisseur, l'Éditeur... */
    PROVIDER,
    /** l'Établissement, le Client, l'Acheteur, le pouvoir adjudicateur... */
    BUYER,
    /** a subcontractor, host or sub-processor of the provider */
    SUBCONTRACTOR,
    /** an authority or any other third party */
    THIRD_PARTY,
    UNKNOWN
}
