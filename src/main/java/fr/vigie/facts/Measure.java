package fr.vigie.facts;

/**
 * A quantity read in a sentence, figures in digits or in words (« soixante-douze (72) heures »).
 *
 * @param kind       what is measured
 * @param value      the value as written, in its unit
 * @param unit       the unit as normalized by the vocabulary (« heure », « jour ouvré », « mois », « % »)
 * @param normalized DURATION: hours (business days counted at their worst case, see units vocabulary);
 *                   PERCENT: percent; COUNT and MONEY: the value
 * @param offset     character offset of the figure inside the text read (a table row's text carries its header
 *                   labels, so the offset may not point into the quoted sentence)
 * @param cell       index of the table cell holding the figure, counted on the cell bars before it (0 outside a
 *                   table row): the same in the quoted row and in the text read
 */
public record Measure(Kind kind, double value, String unit, double normalized, int offset, int cell) {

    public enum Kind { DURATION, PERCENT, COUNT, MONEY }
}
