package fr.vigie.facts;

/** The profile the dossier is checked with (« standard », « strict-fr », « sensitive »). */
public record ActiveProfile(String name) {
}
