/**
 * Substitution processing: merging Keel's substitution classes ({@link org.keelvm.vm.substitution}) into the JDK
 * classes they target, as class bytes, while the image builder reads the class library.
 *
 * <p>Why substitution rather than a patched JDK: the JDK stays exactly the build JDK's {@code jrt:/} image, so
 * there is no fork to rebase onto each update; what Keel changes is a small set of Java classes, compiled against
 * the real JDK and checked against it on every build. A substitution that no longer fits its target (a renamed
 * field, a changed descriptor, a native method that became Java) fails the build with one line naming the
 * substitution member and the target member, instead of misbehaving in the guest.
 *
 * <p>What {@link org.keelvm.boot.substitution.SubstitutionProcessor} guarantees:
 * <ul>
 *   <li>no substitution or target class is loaded on the host: everything is read from bytes with ASM;</li>
 *   <li>every {@code @Substitute}, {@code @Alias} and {@code @Delete} member matches a member the target declares,
 *       with the same descriptor and staticness; no member is replaced or deleted twice; injected fields and
 *       helper methods clash with nothing;</li>
 *   <li>references to substitution classes in copied code are references to their targets, so the rewritten
 *       classes mention no substitution class; invoke instructions fit the member they reach;</li>
 *   <li>stack map frames are carried over, not recomputed, and stay valid (the tests define rewritten classes in
 *       HotSpot, which verifies them);</li>
 *   <li>the output depends on the input bytes only, not on the order in which classes are offered.</li>
 * </ul>
 *
 * <p>Not handled yet: nested or anonymous classes of a substitution class (they would still name it), and
 * synthetic methods ({@code lambda$...}) of a substitution whose names happen to equal one of the target's
 * (reported as a helper clash).
 */
package org.keelvm.boot.substitution;
