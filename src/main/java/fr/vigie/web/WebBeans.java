package fr.vigie.web;

import fr.vigie.ingest.DefaultDocumentReader;
import fr.vigie.ingest.DocumentReader;
import fr.vigie.ingest.IngestLimits;
import fr.vigie.store.FileStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Vigie's own parts as Spring beans. */
@Configuration
public class WebBeans {

    @Bean
    FileStore fileStore(VigieProperties properties) {
        return new FileStore(properties.dataDir());
    }

    /** For the document viewer, which re-reads a stored document to show its text. */
    @Bean
    DocumentReader documentReader() {
        return new DefaultDocumentReader(IngestLimits.defaults());
    }
}
