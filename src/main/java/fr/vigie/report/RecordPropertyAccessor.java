package fr.vigie.report;

import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the components of records in Thymeleaf's OGNL expressions ({@code ${report.dossier.name}}) through a
 * cached method handle.
 *
 * <p>OGNL looks for JavaBeans getters first; a record's accessor ({@code name()}) is not one, so for every
 * evaluation OGNL falls back to {@code OgnlRuntime.getReadMethod}, which copies all the public methods of the
 * class and compares their names case-insensitively. Nothing caches that: in a sweep it was a third of the time
 * spent writing each HTML report. This accessor resolves the component once per class and name and calls the
 * very method OGNL would have found. Anything else (a bean getter that shadows the component, a method call, a
 * name that is no component, a record that is not public) goes to OGNL's own accessor unchanged.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private static final MethodHandle NONE = MethodHandles.constant(Object.class, null);
    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private static volatile boolean installed;

    /** Registers the accessor for every record class (OGNL looks accessors up along the superclasses). */
    static void install() {
        if (!installed) {
            synchronized (RecordPropertyAccessor.class) {
                if (!installed) {
                    OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
                    installed = true;
                }
            }
        }
    }

    @Override
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (target instanceof Record && name instanceof String property) {
            MethodHandle accessor = ACCESSORS.get(target.getClass()).computeIfAbsent(property,
                    p -> accessor(target.getClass(), p));
            if (accessor != NONE) {
                try {
                    return accessor.invoke(target);
                } catch (Throwable e) {
                    throw new OgnlException(property, e);
                }
            }
        }
        return super.getProperty(context, target, name);
    }

    /** The component's accessor, or NONE when OGNL would resolve the name otherwise (or could not call it). */
    private static MethodHandle accessor(Class<?> type, String property) {
        if (!Modifier.isPublic(type.getModifiers()) || type.getPackageName().startsWith("java.")) {
            return NONE;
        }
        for (Class<?> c = type.getEnclosingClass(); c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return NONE;
            }
        }
        for (Method m : type.getMethods()) {
            // OGNL prefers JavaBeans getters: a getName()/isName() would win over the component name().
            if (m.getParameterCount() == 0 && (m.getName().equalsIgnoreCase("get" + property)
                    || m.getName().equalsIgnoreCase("is" + property))) {
                return NONE;
            }
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(property)) {
                try {
                    return MethodHandles.publicLookup()
                            .findVirtual(type, property, MethodType.methodType(component.getType()))
                            .asType(MethodType.methodType(Object.class, Object.class));
                } catch (NoSuchMethodException | IllegalAccessException e) {
                    return NONE;
                }
            }
        }
        return NONE;
    }
}
