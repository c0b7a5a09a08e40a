package org.keelvm.vm.substitution;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Replaces the body of the target's method or constructor with the same name and descriptor (after substitution
 * classes in the descriptor are renamed to their targets). The target's method may be native; it becomes a Java
 * method.
 *
 * <p>The rewritten method keeps everything of the target's method that callers and reflection see: access flags
 * (without {@code native}), generic signature, {@code throws} clause, parameter names and annotations. Everything
 * that belongs to the body comes from the substitution: instructions, exception table, maximum stack and locals,
 * local-variable table and line numbers. The line numbers are lines of the substitution's source file, while the
 * target keeps its own {@code SourceFile}; the image builder records which methods came from which substitution.
 *
 * <p>In a substituted constructor, the call {@code javac} makes to the substitution class's superclass
 * constructor (usually {@code super()} on {@code Object}) becomes a call of the target's superclass constructor
 * with the same descriptor; a call of {@code this(...)} reaches the target's constructor, which an {@link Alias}
 * constructor names.
 *
 * <p>Checked by the image builder: the target must declare the member with the same descriptor and the same
 * staticness, it must not be abstract, and no other substitution may replace or delete the same member.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Substitute {
}
