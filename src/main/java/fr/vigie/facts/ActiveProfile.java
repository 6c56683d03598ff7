package fr.vigie.facts;

import java.util.Arrays;

/** The profile the dossier is checked with (« standard », « strict-fr », « sensitive »). */
public record ActiveProfile(String name) {

    /** True when the profile is one of a comma-separated list, as written in a decision table cell. */
    public boolean among(String profiles) {
        return Arrays.stream(profiles.split(",")).map(String::strip).anyMatch(name::equals);
    }
}
