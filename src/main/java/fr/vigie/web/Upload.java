package fr.vigie.web;

/** One uploaded file, as received. */
public record Upload(String originalName, byte[] bytes) {
}
