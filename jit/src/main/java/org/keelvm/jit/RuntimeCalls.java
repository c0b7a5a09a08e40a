package org.keelvm.jit;

import java.util.List;

/**
 * The runtime methods ({@code org.keelvm.vm.runtime}) that compiled code calls where a template does not do the
 * work inline. The image builder keeps them all reachable.
 */
public final class RuntimeCalls {
    private static final String RUNTIME = "org/keelvm/vm/runtime/";
    private static final String HUB = "Lorg/keelvm/vm/object/Hub;";

    /** {@code new}. */
    public static final MemberRef NEW_INSTANCE = new MemberRef(RUNTIME + "Allocation", "newInstance",
            "(" + HUB + ")Ljava/lang/Object;");
    /** {@code newarray}, {@code anewarray}. */
    public static final MemberRef NEW_ARRAY = new MemberRef(RUNTIME + "Allocation", "newArray",
            "(" + HUB + "I)Ljava/lang/Object;");
    /** {@code multianewarray}. */
    public static final MemberRef NEW_MULTI_ARRAY = new MemberRef(RUNTIME + "Allocation", "newMultiArray",
            "(" + HUB + "ILorg/keelvm/hal/Address;)Ljava/lang/Object;");
    /** {@code checkcast}. */
    public static final MemberRef CHECK_CAST = new MemberRef(RUNTIME + "TypeCheck", "checkCast",
            "(Ljava/lang/Object;" + HUB + ")V");
    /** {@code instanceof}. */
    public static final MemberRef IS_INSTANCE = new MemberRef(RUNTIME + "TypeCheck", "isInstance",
            "(Ljava/lang/Object;" + HUB + ")Z");
    /** The store check of {@code aastore}. */
    public static final MemberRef CHECK_ARRAY_STORE = new MemberRef(RUNTIME + "TypeCheck", "checkArrayStore",
            "(Ljava/lang/Object;Ljava/lang/Object;)V");
    /** Class initialization before a first static access, static call or {@code new}. */
    public static final MemberRef INITIALIZE = new MemberRef(RUNTIME + "ClassInitialization", "initialize",
            "(" + HUB + ")V");
    /** {@code invokeinterface}'s method-table lookup. */
    public static final MemberRef ITABLE = new MemberRef(RUNTIME + "InterfaceDispatch", "itable",
            "(Ljava/lang/Object;" + HUB + ")[J");
    /** {@code athrow}. */
    public static final MemberRef RAISE = new MemberRef(RUNTIME + "ExceptionDispatch", "raise",
            "(Ljava/lang/Throwable;)V");
    /** A failed array bounds check. */
    public static final MemberRef ARRAY_INDEX_OUT_OF_BOUNDS = new MemberRef(RUNTIME + "TrapExceptions",
            "arrayIndexOutOfBounds", "(II)V");
    /** Entered by the trap path for a null dereference. */
    public static final MemberRef NULL_POINTER = new MemberRef(RUNTIME + "TrapExceptions", "nullPointer", "()V");
    /** Entered by the trap path for an integer division by zero. */
    public static final MemberRef DIVIDE_BY_ZERO = new MemberRef(RUNTIME + "TrapExceptions", "divideByZero", "()V");
    /** Entered by the trap path for a stack overflow. */
    public static final MemberRef STACK_OVERFLOW = new MemberRef(RUNTIME + "TrapExceptions", "stackOverflow",
            "()V");

    /** {@code monitorenter}, synchronized-method entry. */
    public static final MemberRef MONITOR_ENTER = new MemberRef(RUNTIME + "Monitors", "enter",
            "(Ljava/lang/Object;)V");
    /** {@code monitorexit}, synchronized-method exit. */
    public static final MemberRef MONITOR_EXIT = new MemberRef(RUNTIME + "Monitors", "exit",
            "(Ljava/lang/Object;)V");
    /** {@code Object.notify} and {@code notifyAll}. */
    public static final MemberRef MONITOR_NOTIFY = new MemberRef(RUNTIME + "Monitors", "notify",
            "(Ljava/lang/Object;)V");
    /** {@code Object.wait(long)}. */
    public static final MemberRef MONITOR_WAIT = new MemberRef(RUNTIME + "Monitors", "waitFor",
            "(Ljava/lang/Object;J)V");

    /** Every runtime call. */
    public static final List<MemberRef> ALL = List.of(NEW_INSTANCE, NEW_ARRAY, NEW_MULTI_ARRAY, CHECK_CAST,
            IS_INSTANCE, CHECK_ARRAY_STORE, INITIALIZE, ITABLE, RAISE, ARRAY_INDEX_OUT_OF_BOUNDS, NULL_POINTER,
            DIVIDE_BY_ZERO, STACK_OVERFLOW, MONITOR_ENTER, MONITOR_EXIT, MONITOR_NOTIFY, MONITOR_WAIT);

    /** The field of {@code Hub} that compiled code reads for virtual calls. */
    public static final MemberRef HUB_VTABLE = new MemberRef("org/keelvm/vm/object/Hub", "vtable", "[J");
    /** The field of {@code Hub} that class-initialization checks read. */
    public static final MemberRef HUB_INIT_STATE = new MemberRef("org/keelvm/vm/object/Hub", "initState", "I");

    private RuntimeCalls() {
    }
}
