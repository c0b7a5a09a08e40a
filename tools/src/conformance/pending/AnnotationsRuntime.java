// runtime-retained annotations read by reflection: element defaults, arrays, enums, nested annotations, inherited annotations, annotations on fields/methods/parameters, toString-free checks.
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

public class AnnotationsRuntime {
    enum Level { LOW, HIGH }
    @Retention(RetentionPolicy.RUNTIME) @Inherited @interface Component { String value() default "unnamed"; int priority() default 5; Level level() default Level.LOW; String[] tags() default {}; }
    @Retention(RetentionPolicy.RUNTIME) @interface Check { String name(); Range range() default @Range(min = 0, max = 10); Class<?> type() default Object.class; }
    @Retention(RetentionPolicy.RUNTIME) @interface Range { int min(); int max(); }
    @Retention(RetentionPolicy.CLASS) @interface NotVisible { }
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.PARAMETER) @interface Param { String value(); }

    @Component(value = "service", priority = 1, level = Level.HIGH, tags = {"a", "b"}) @NotVisible
    static class Service {
        @Check(name = "count", range = @Range(min = 1, max = 99), type = Integer.class) int count;
        @Check(name = "label") String label;
        @Deprecated public void old() { }
        public void run(@Param("input") String in, int plain) { }
    }
    static class SubService extends Service { }
    @Component static class Defaults { }

    public static void main(String[] args) throws Exception {
        Component c = Service.class.getAnnotation(Component.class);
        System.out.println(c.value() + " " + c.priority() + " " + c.level() + " " + Arrays.toString(c.tags()) + " " + c.annotationType().getSimpleName());
        Component d = Defaults.class.getAnnotation(Component.class);
        System.out.println(d.value() + " " + d.priority() + " " + d.level() + " " + d.tags().length);
        System.out.println("inherited " + SubService.class.isAnnotationPresent(Component.class) + " declared on sub " + (SubService.class.getDeclaredAnnotation(Component.class) != null) + " class-retention visible " + Service.class.isAnnotationPresent(NotVisible.class));
        var fields = Service.class.getDeclaredFields();
        Arrays.sort(fields, Comparator.comparing(java.lang.reflect.Field::getName));
        for (var f : fields) {
            Check ch = f.getAnnotation(Check.class);
            System.out.println(f.getName() + ": name=" + ch.name() + " range=" + ch.range().min() + ".." + ch.range().max() + " type=" + ch.type().getSimpleName());
        }
        Method old = Service.class.getMethod("old");
        System.out.println("deprecated " + old.isAnnotationPresent(Deprecated.class) + " forRemoval " + old.getAnnotation(Deprecated.class).forRemoval());
        Method run = Service.class.getMethod("run", String.class, int.class);
        var pa = run.getParameterAnnotations();
        System.out.println("parameter annotations " + pa.length + " " + pa[0].length + " " + ((Param) pa[0][0]).value() + " " + pa[1].length);
        Component same = Service.class.getAnnotation(Component.class);
        System.out.println("equal instances " + c.equals(same) + " hash equal " + (c.hashCode() == same.hashCode()) + " differs from defaults " + !c.equals(d));
        System.out.println("is annotation " + Component.class.isAnnotation() + " retention " + Component.class.getAnnotation(Retention.class).value());
    }
}
