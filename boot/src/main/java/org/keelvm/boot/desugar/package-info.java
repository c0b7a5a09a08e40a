/**
 * Build-time rewriting of {@code invokedynamic} into plain bytecode. Keel has no {@code java.lang.invoke} at run
 * time, so every call site the JDK's {@code javac} emits is replaced before a class is compiled, as Android's D8
 * does:
 *
 * <pre>
 *  bootstrap                                  call site becomes                      generated
 *  -----------------------------------------  -------------------------------------  ------------------------------
 *  LambdaMetafactory.metafactory,             getstatic Host$$Lambda$N.INSTANCE      class Host$$Lambda$N (one per
 *    altMetafactory                           (nothing captured), else               call site, numbered in order
 *                                             invokestatic Host$$Lambda$N.create     of appearance)
 *  StringConcatFactory.makeConcat[WithConst.] invokestatic Host.concat$N             private static method in Host
 *  ObjectMethods.bootstrap (records)          invokestatic Host.record$equals$N ...  private static method in Host
 *  anything else, dynamic constants           DesugarException naming class, method and bootstrap
 * </pre>
 *
 * <h2>Frames without a class hierarchy</h2>
 * Each replacement is one instruction that pops and pushes exactly what the {@code invokedynamic} did (the lambda
 * factory returns the functional interface type, the static methods have the call site's descriptor). The host's
 * code layout and its stack map frames therefore stay valid as they are and are written back unchanged; only
 * max stack/locals are recomputed. Generated code is straight-line except a record's {@code equals}, whose two branch
 * targets have the method's initial frame and are written as such. Nothing ever needs
 * {@code ClassWriter.getCommonSuperClass}, so the desugarer needs no view of the class hierarchy and loads no class.
 *
 * <h2>Private implementation methods</h2>
 * A lambda class is a separate class in the host's package, so it may use package access but not the host's private
 * members (HotSpot rejects it; lambda classes are not nestmates). Where {@code javac} points a call site at a private
 * member of the host:
 * <ul>
 * <li>a synthetic {@code lambda$...} body loses {@code private} (package access; {@code public} in an interface,
 *     which has no package access). An instance body also becomes {@code static}, taking the receiver as an
 *     explicit first parameter: its code is unchanged (the receiver stays in local 0), and it cannot be overridden.
 *     Staying virtual would be unsound: a subclass in the same package often declares a body of the same name and
 *     descriptor ({@code lambda$make$0} in both), which would then override the superclass's body;</li>
 * <li>any other private member (a method reference {@code this::helper}, a private constructor
 *     {@code Host::new}) and any {@code invokespecial} handle keeps its access; the host gets a static accessor
 *     {@code access$lambda$N} that makes the original call, and the lambda class calls the accessor.</li>
 * </ul>
 * Private members of other classes never appear: {@code javac} routes them, like {@code super::m}, varargs and
 * array-constructor references and protected members of other packages, through a {@code lambda$} body of the host.
 *
 * <h2>Serializable lambdas</h2>
 * A lambda flagged serializable implements {@code Serializable} and has a {@code writeReplace} returning the same
 * {@code java.lang.invoke.SerializedLambda} the JDK writes (naming the implementation as the compiler wrote it), so
 * the host's {@code $deserializeLambda$}, itself desugared, reads it back.
 */
package org.keelvm.boot.desugar;
