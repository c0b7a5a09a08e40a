package org.keelvm.hal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a word type: a class whose values Keel's compiler holds as raw 64-bit machine words, never as objects. Its
 * values are not references (the collector never sees them), cannot be {@code null}-checked, locked or compared with
 * {@code instanceof}, and every method of the class must be an {@link Intrinsic}. Checked by the compiler.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Unboxed {
}
