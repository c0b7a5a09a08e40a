package org.keelvm.boot.substitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keelvm.boot.substitution.fixture.Counter;
import org.keelvm.boot.substitution.fixture.LoudCounter;
import org.keelvm.boot.substitution.fixture.Tally;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** Applies {@link Target_Counter} and runs the result on HotSpot, which verifies it. */
class SubstitutionBehaviourTest {
    private static final String COUNTER = internal(Counter.class);

    private static SubstitutionProcessor processor;
    private static byte[] rewritten;
    private static Class<?> counter;
    private static Class<?> loud;

    @BeforeAll
    static void applySubstitution() throws Exception {
        processor = SubstitutionProcessor.scan(
                List.of(ClassFiles.of(Target_Counter.class), ClassFiles.of(SubstitutionBehaviourTest.class)),
                ClassFiles::find);
        processor.verify();
        rewritten = processor.apply(COUNTER, ClassFiles.of(Counter.class));
        ClassLoader loader = new ClassFiles.IsolatedLoader(Map.of(
                COUNTER, rewritten,
                internal(Tally.class), ClassFiles.of(Tally.class),
                internal(LoudCounter.class), ClassFiles.of(LoudCounter.class)));
        counter = loader.loadClass(Counter.class.getName());
        loud = loader.loadClass(LoudCounter.class.getName());
    }

    private static String internal(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    @Test
    void rewrittenClassIsDefinedApartFromTheOriginal() {
        assertTrue(counter != Counter.class);
        assertEquals("substituted", counter.getClassLoader().getName());
    }

    @Test
    void substitutedConstructorRunsTheTargetsSuperclassConstructor() throws Exception {
        Object instance = counter.getConstructor(int.class).newInstance(2);
        assertEquals("tally", counter.getMethod("kind").invoke(instance));
        assertEquals("counter tally count=200 calls=0", describe(instance));
    }

    @Test
    void nativeMethodRunsSubstitutionUsingAliasInjectedFieldAndHelper() throws Exception {
        Object instance = counter.getConstructor(int.class).newInstance(1);
        Method next = counter.getMethod("next");
        assertFalse(Modifier.isNative(next.getModifiers()));
        assertEquals(106, next.invoke(instance));
        assertEquals(112, next.invoke(instance));
        assertEquals("counter tally count=112 calls=2", describe(instance));
    }

    @Test
    void callThroughPrivateAliasOfPublicMethodStillDispatchesVirtually() throws Exception {
        Object instance = loud.getConstructor(int.class).newInstance(0);
        assertEquals("LOUD tally count=0 calls=0", describe(instance));
    }

    @Test
    void substitutedMethodKeepsTargetsAccessAndDescriptor() throws Exception {
        Method describe = counter.getMethod("describe", counter);
        assertEquals(Modifier.PUBLIC | Modifier.STATIC, describe.getModifiers());
        Constructor<?> constructor = counter.getConstructor(int.class);
        assertEquals(Modifier.PUBLIC, constructor.getModifiers());
    }

    @Test
    void injectedFieldIsAddedAndAliasesAreNotDuplicated() {
        List<String> fields = Arrays.stream(counter.getDeclaredFields()).map(f -> f.getName()).sorted().toList();
        assertEquals(List.of("calls", "count", "step"), fields);
    }

    @Test
    void helperMethodIsCopiedAndDeletedMethodIsGone() {
        List<String> methods = Arrays.stream(counter.getDeclaredMethods()).map(Method::getName).sorted().toList();
        assertEquals(List.of("describe", "name", "next", "peek", "stride", "twice"), methods);
    }

    @Test
    void callOfPrivateTargetMethodBecomesInvokespecial() {
        MethodInsnNode call = firstCall(method("describe"), "peek");
        assertEquals(Opcodes.INVOKESPECIAL, call.getOpcode());
        assertEquals(COUNTER, call.owner);
    }

    @Test
    void targetKeepsItsSourceFileAndOriginsNameTheSubstitution() {
        assertEquals("Counter.java", tree().sourceFile);
        assertEquals(Optional.of(internal(Target_Counter.class)), processor.codeOrigin(COUNTER, "next", "()I"));
        assertEquals(Optional.of(internal(Target_Counter.class)), processor.codeOrigin(COUNTER, "stride", "()I"));
        assertEquals(Optional.empty(), processor.codeOrigin(COUNTER, "twice", "(I)I"));
    }

    @Test
    void outputIsTheSameWhateverTheOrderOfCandidates() throws Exception {
        SubstitutionProcessor reversed = SubstitutionProcessor.scan(
                List.of(ClassFiles.of(SubstitutionBehaviourTest.class), ClassFiles.of(Target_Counter.class)),
                ClassFiles::find);
        assertTrue(Arrays.equals(rewritten, reversed.apply(COUNTER, ClassFiles.of(Counter.class))));
    }

    @Test
    void onlyAnnotatedClassesAreSubstitutions() {
        assertEquals(java.util.Set.of(internal(Target_Counter.class)), processor.substitutionClasses());
        assertEquals(java.util.Set.of(COUNTER), processor.targets());
        assertTrue(processor.isSubstitutionClass(internal(Target_Counter.class)));
    }

    @Test
    void classesNoOneTargetsAreReturnedUnchanged() throws Exception {
        byte[] tally = ClassFiles.of(Tally.class);
        assertTrue(tally == processor.apply(internal(Tally.class), tally));
    }

    private static String describe(Object instance) throws Exception {
        return (String) counter.getMethod("describe", counter).invoke(null, instance);
    }

    private static ClassNode tree() {
        ClassNode node = new ClassNode();
        new ClassReader(rewritten).accept(node, 0);
        return node;
    }

    private static MethodNode method(String name) {
        return tree().methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
    }

    private static MethodInsnNode firstCall(MethodNode method, String name) {
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof MethodInsnNode call && call.name.equals(name)) {
                return call;
            }
        }
        throw new AssertionError("no call of " + name);
    }
}
