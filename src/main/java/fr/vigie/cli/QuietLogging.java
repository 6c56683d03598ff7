package fr.vigie.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.List;

/**
 * Logging of the command line: warnings only, on standard error, since reports go to standard output.
 * Configured in code through logback's service hook rather than a logback.xml: parsing the XML
 * costs a noticeable part of a cold start. Spring Boot ({@code vigie serve}) replaces this with its
 * own configuration and the levels of {@code application.yaml}.
 */
public final class QuietLogging extends ContextAwareBase implements Configurator {

    /** Libraries that log every odd font or optional feature at WARN: only their errors matter here. */
    static final List<String> NOISY = List.of("org.drools", "org.kie", "org.apache.tika", "org.apache.pdfbox",
            "org.apache.fontbox", "org.apache.poi", "opennlp");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        NOISY.forEach(name -> context.getLogger(name).setLevel(Level.ERROR));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
