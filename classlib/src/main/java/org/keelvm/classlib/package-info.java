/**
 * Keel's side of the JDK: substitutions ({@code org.keelvm.vm.substitution}) that give the JDK 17 class library's
 * native methods, and the few places where it assumes HotSpot, Java bodies that run on Keel's runtime. One class per
 * JDK class, named {@code Target_<jdk class with underscores>}; the image builder finds them all in this package,
 * checks each against its target and merges it in before compiling. Nothing here is ever a class of its own in an
 * image.
 */
package org.keelvm.classlib;
