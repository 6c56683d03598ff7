package fr.vigie.facts;

/** The deontic force of a clause. */
public enum Modality {
    /** « s'engage à », « doit », « est tenu de », « garantit », or the drafting present (« le Titulaire héberge ») */
    OBLIGATION,
    /** « peut », « pourra », « est autorisé à », « a la faculté de » */
    PERMISSION,
    /** « s'interdit de », « ne peut en aucun cas », « il est interdit » */
    PROHIBITION,
    /** a statement of fact with no deontic marker (« les données sont hébergées à Lyon ») */
    ASSERTION
}
