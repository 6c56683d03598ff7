package fr.vigie.report;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The Thymeleaf engine of Vigie's offline HTML pages (reports, dashboards, pack catalogs): templates/*.html. */
public final class Templates {

    private static final TemplateEngine ENGINE = create();

    private Templates() {
    }

    public static TemplateEngine engine() {
        return ENGINE;
    }

    private static TemplateEngine create() {
        RecordPropertyAccessor.install();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
