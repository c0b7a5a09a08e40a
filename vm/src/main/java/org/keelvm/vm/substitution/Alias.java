package org.keelvm.vm.substitution;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an existing member of the target (often a private one) so that substitution code can use it: a field
 * read or written, or a method or constructor called, through the substitution class reaches the target's member
 * once the substitution class is renamed to its target. The alias itself is dropped: its body or initial value is
 * ignored, so give methods a trivial body and declare fields without initializer and without {@code final} (the
 * target's member keeps its own modifiers).
 *
 * <p>Checked by the image builder: the target must declare a member of that name with the same type or
 * descriptor (after substitution classes in it are renamed to their targets) and the same staticness, and the
 * member must not be {@link Delete deleted}. Calls of an aliased method take the invoke instruction its target
 * requires, whatever access the alias was declared with.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Alias {
}
