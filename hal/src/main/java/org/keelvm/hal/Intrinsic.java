package org.keelvm.hal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that Keel's compiler never compiles and never calls: at every call site it emits the machine
 * instructions the method stands for (a port write, a TSC read, a memory load through an {@link Address}).
 *
 * <p>The Java body of an intrinsic runs only on the host (HotSpot), where it models the operation as far as that
 * makes sense ({@link HostedMachine}) or throws {@link UnsupportedOperationException}. The compiler's table of
 * intrinsic templates (in {@code jit/}) must have an entry for every intrinsic a compiled method calls; the image
 * builder fails with a message naming the method otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Intrinsic {
}
