package org.keelvm.vm.runtime;

/**
 * Where a CPU exception that Java defines continues: {@code Trap} makes the faulting method look as if it had
 * called one of these at the faulting instruction (its return address is that instruction plus one, so it maps
 * back to the faulting bytecode), and the method throws the Java exception from there.
 */
public final class TrapExceptions {
    /**
     * How far below {@code rsp} every compiled method's prologue touches the stack. Touching the guard page there
     * means the stack is nearly exhausted, while this much of it is still left for throwing the
     * {@code StackOverflowError}.
     */
    public static final int STACK_BANG_DISTANCE = 32 * 1024;

    private TrapExceptions() {
    }

    /** A load or store through null faulted on page 0. */
    public static void nullPointer() {
        ExceptionDispatch.raise(new NullPointerException());
    }

    /** An integer division by zero raised {@code #DE}. */
    public static void divideByZero() {
        ExceptionDispatch.raise(new ArithmeticException("/ by zero"));
    }

    /** A method's stack bang touched the guard page below the stack. */
    public static void stackOverflow() {
        ExceptionDispatch.raise(new StackOverflowError());
    }

    /** An array index outside {@code [0, length)}; called by compiled code's bounds checks. */
    public static void arrayIndexOutOfBounds(int index, int length) {
        ExceptionDispatch.raise(new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length "
                + length));
    }

    /** The body of a native method without an implementation: {@code description} names it as HotSpot does. */
    public static void unsatisfiedLink(String description) {
        throw new UnsatisfiedLinkError(description);
    }

    /** What a method-table slot holds where the class has no method to select: an abstract one. */
    public static void abstractMethod() {
        throw new AbstractMethodError();
    }

    /**
     * Where code whose reference did not resolve at build time is reached: throws what HotSpot throws there
     * (kind 0: {@code NoClassDefFoundError}, 1: {@code NoSuchMethodError}, 2: {@code NoSuchFieldError}), or, for
     * kind 3, {@code UnsupportedOperationException} for a feature Keel lacks.
     */
    public static void linkageError(int kind, String message) {
        if (kind == 0) {
            throw new NoClassDefFoundError(message);
        } else if (kind == 1) {
            throw new NoSuchMethodError(message);
        } else if (kind == 2) {
            throw new NoSuchFieldError(message);
        }
        throw new UnsupportedOperationException(message);
    }
}
