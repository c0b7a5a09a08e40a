/**
 * Annotations with which Keel replaces parts of JDK classes: native methods, code that speaks to HotSpot, fields
 * Keel needs and the JDK does not have.
 *
 * <p>A substitution is an ordinary Java class, compiled by {@code javac} against the real JDK and annotated with
 * {@link org.keelvm.vm.substitution.TargetClass}. The image builder merges it into the JDK class's bytes when it
 * reads them, so the JDK stays the unmodified one of the build JDK's {@code jrt:/} image: no patched JDK to keep
 * in step with updates, and every mismatch between a substitution and the JDK it meets (a method that changed its
 * descriptor, a field that disappeared) fails the build with a message naming both, rather than misbehaving at run
 * time.
 *
 * <p>The annotations are read from class bytes; the builder never loads a substitution class. Their retention is
 * {@code RUNTIME} only so that tools may also see them reflectively.
 */
package org.keelvm.vm.substitution;
