package fr.vigie.rules;

public enum Severity {
    /** the contract must not be signed as is */
    CRITICAL,
    MAJOR,
    MINOR
}
