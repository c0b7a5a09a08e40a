package org.keelvm.vm.substitution;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a substitution class: a class whose members are merged by the image builder into another class, the
 * target, before anything else looks at the target. The substitution class itself never enters an image.
 *
 * <p>The target is named by exactly one of {@link #value} (for a class the substitution can see at compile time)
 * or {@link #className} (for one it cannot, such as the package-private {@code jdk.internal.misc.CDS}); a nested
 * target is named with {@code $} in {@link #className} or by appending {@link #innerClass} names.
 *
 * <p>Inside the substitution class every member carries one of {@link Substitute}, {@link Alias}, {@link Inject}
 * or {@link Delete}, or none: a method without annotation is a helper, copied into the target as a new method. A
 * field without annotation, a static initializer, and a constructor without annotation are never copied (the last
 * exists only because {@code javac} insists); the first two are build errors. Every reference to a substitution
 * class in the substitution's code, descriptors and signatures is renamed to its target, so code written against
 * {@code this} of the substitution class runs against the target.
 *
 * <p>Checked by the image builder ({@code org.keelvm.boot.substitution.SubstitutionProcessor}): the build fails,
 * naming the substitution, when the target class does not exist, when both or neither of {@link #value} and
 * {@link #className} are given, or when any member's contract below is broken.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TargetClass {
    /** The target class; {@code void.class} (the default) means "named by {@link #className} instead". */
    Class<?> value() default void.class;

    /** The target's binary name ({@code jdk.internal.misc.CDS}, {@code java.util.HashMap$Node}), or empty. */
    String className() default "";

    /** Nested class names appended to the target with {@code $}, outermost first: {@code {"Node"}}. */
    String[] innerClass() default {};
}
