package fr.vigie.ingest;

import java.util.function.Supplier;

/**
 * Names the JAXP factories once, so that the XML parsers made for every part of every Office document do not
 * look for them again.
 *
 * <p>Without a system property, {@code SAXParserFactory.newInstance()} asks the {@code ServiceLoader} for
 * {@code META-INF/services/javax.xml.parsers.SAXParserFactory}: a search through every jar of the class path.
 * POI's XmlBeans makes a factory for each XML part it reads (document, styles, numbering, settings...), and
 * inside Vigie's Spring Boot jar, whose nested jars are searched one by one, that search was a sixth of the
 * reading of a DOCX. The factory found the first time is the one every later search finds too (nothing is
 * added to the class path while Vigie runs), so naming it changes no parser, only the cost of finding it.
 * A property already set (by the user, with {@code -D}) is left alone.
 */
final class XmlFactories {

    private XmlFactories() {
    }

    static void pin() {
        pin("javax.xml.parsers.SAXParserFactory", javax.xml.parsers.SAXParserFactory::newInstance);
        pin("javax.xml.parsers.DocumentBuilderFactory", javax.xml.parsers.DocumentBuilderFactory::newInstance);
    }

    private static void pin(String property, Supplier<?> factory) {
        try {
            if (System.getProperty(property) == null) {
                System.setProperty(property, factory.get().getClass().getName());
            }
        } catch (RuntimeException | Error e) {
            // No factory or no right to set properties: the JDK keeps looking the factory up as before.
        }
    }
}
