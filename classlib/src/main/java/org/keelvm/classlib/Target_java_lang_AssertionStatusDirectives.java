package org.keelvm.classlib;

import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.TargetClass;

/** The assertion settings of the command line, which a guest's is never given: all assertions disabled. */
@TargetClass(className = "java.lang.AssertionStatusDirectives")
final class Target_java_lang_AssertionStatusDirectives {
    @Alias
    String[] classes;
    @Alias
    boolean[] classEnabled;
    @Alias
    String[] packages;
    @Alias
    boolean[] packageEnabled;
    @Alias
    boolean deflt;

    /** Stands for the JDK's constructor, which calls of it reach. */
    @Alias
    Target_java_lang_AssertionStatusDirectives() {
    }

    /** No class or package named, assertions off by default (no {@code -ea}). */
    static Target_java_lang_AssertionStatusDirectives none() {
        Target_java_lang_AssertionStatusDirectives directives = new Target_java_lang_AssertionStatusDirectives();
        directives.classes = new String[0];
        directives.classEnabled = new boolean[0];
        directives.packages = new String[0];
        directives.packageEnabled = new boolean[0];
        directives.deflt = false;
        return directives;
    }
}
