package org.keelvm.boot.substitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.keelvm.boot.substitution.fixture.Counter;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Delete;
import org.keelvm.vm.substitution.Inject;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;
import org.junit.jupiter.api.Test;

/** Every mismatch between a substitution and its target fails with one line naming both. */
class SubstitutionErrorsTest {
    private static final String PREFIX = "org.keelvm.boot.substitution.SubstitutionErrorsTest$";
    private static final String COUNTER = "org.keelvm.boot.substitution.fixture.Counter";

    private static List<String> problems(Class<?>... substitutions) {
        List<byte[]> classes = new ArrayList<>();
        for (Class<?> substitution : substitutions) {
            classes.add(ClassFiles.of(substitution));
        }
        SubstitutionProcessor processor = SubstitutionProcessor.scan(classes, ClassFiles::find);
        return assertThrows(SubstitutionException.class, processor::verify).problems();
    }

    @TargetClass(className = "org.keelvm.boot.substitution.fixture.Missing")
    static final class MissingTarget {
    }

    @Test
    void targetClassMissing() {
        assertEquals(List.of("substitution class " + PREFIX + "MissingTarget targets"
                + " org.keelvm.boot.substitution.fixture.Missing, which the class library does not have"),
                problems(MissingTarget.class));
    }

    @TargetClass(value = Counter.class, className = "org.keelvm.boot.substitution.fixture.Counter")
    static final class TwoNames {
    }

    @Test
    void targetNamedTwice() {
        assertEquals(List.of("substitution class " + PREFIX + "TwoNames must name its target by exactly one of"
                + " @TargetClass value and className"), problems(TwoNames.class));
    }

    @TargetClass(Counter.class)
    static final class MissingMethod {
        @Substitute
        public int previous() {
            return 0;
        }
    }

    @Test
    void substitutedMethodMissing() {
        assertEquals(List.of("@Substitute " + PREFIX + "MissingMethod.previous()I has no target: " + COUNTER
                + " has no method previous"), problems(MissingMethod.class));
    }

    @TargetClass(Counter.class)
    static final class OtherDescriptor {
        @Substitute
        public long next() {
            return 0;
        }
    }

    @Test
    void substitutedMethodWithOtherDescriptorNamesTheOneFound() {
        assertEquals(List.of("@Substitute " + PREFIX + "OtherDescriptor.next()J has no target: " + COUNTER
                + " has next()I"), problems(OtherDescriptor.class));
    }

    @TargetClass(Counter.class)
    static final class NotStatic {
        @Substitute
        public int twice(int value) {
            return value;
        }
    }

    @Test
    void substitutedMethodWithOtherStaticness() {
        assertEquals(List.of("@Substitute " + PREFIX + "NotStatic.twice(I)I has no target: " + COUNTER
                + ".twice(I)I is static and the substitution is not"), problems(NotStatic.class));
    }

    @TargetClass(Counter.class)
    static final class AliasMismatch {
        @Alias private long count;
        @Alias private int absent;
        @Alias static int step;

        @Alias
        private int peek(int extra) {
            return 0;
        }
    }

    @Test
    void aliasesMissingOrOfOtherTypeOrStaticness() {
        assertEquals(List.of(
                "@Alias " + PREFIX + "AliasMismatch.peek(I)I has no target: " + COUNTER + " has peek()I",
                "@Alias " + PREFIX + "AliasMismatch.count:J has no target: " + COUNTER + " has count:I",
                "@Alias " + PREFIX + "AliasMismatch.absent:I has no target: " + COUNTER + " has no field absent",
                "@Alias " + PREFIX + "AliasMismatch.step:I has no target: " + COUNTER
                        + ".step:I is not static and the substitution is"),
                problems(AliasMismatch.class));
    }

    @TargetClass(Counter.class)
    static final class FirstNext {
        @Substitute
        public int next() {
            return 1;
        }
    }

    @TargetClass(Counter.class)
    static final class SecondNext {
        @Substitute
        public int next() {
            return 2;
        }
    }

    @Test
    void twoSubstitutionsOfOneMethod() {
        assertEquals(List.of(PREFIX + "SecondNext.next()I replaces " + COUNTER + ".next()I, which " + PREFIX
                + "FirstNext.next()I already replaces or deletes"), problems(SecondNext.class, FirstNext.class));
    }

    @TargetClass(Counter.class)
    static final class InjectExisting {
        @Inject long count;
    }

    @Test
    void injectedFieldThatExists() {
        assertEquals(List.of("@Inject " + PREFIX + "InjectExisting.count:J clashes with " + COUNTER
                + ".count:I, which exists already; use @Alias to refer to it"), problems(InjectExisting.class));
    }

    @TargetClass(Counter.class)
    static final class HelperClash {
        public static int twice(int value) {
            return value + value;
        }
    }

    @Test
    void helperMethodClashingWithTargetMethod() {
        assertEquals(List.of("helper method " + PREFIX + "HelperClash.twice(I)I clashes with " + COUNTER
                + ".twice(I)I; annotate it @Substitute to replace that method, or rename it"),
                problems(HelperClash.class));
    }

    @TargetClass(Counter.class)
    static final class FirstHelper {
        static int tripled(int value) {
            return 3 * value;
        }
    }

    @TargetClass(Counter.class)
    static final class SecondHelper {
        static int tripled(int value) {
            return value * 3;
        }
    }

    @Test
    void helperMethodsOfTwoSubstitutionsClash() {
        assertEquals(List.of("helper method " + PREFIX + "SecondHelper.tripled(I)I clashes with " + PREFIX
                + "FirstHelper.tripled(I)I, which " + COUNTER + " receives already"),
                problems(FirstHelper.class, SecondHelper.class));
    }

    @TargetClass(Counter.class)
    static final class StaticInitializer {
        @Inject static Object lock = new Object();
    }

    @Test
    void staticInitializerInSubstitution() {
        assertEquals(List.of("substitution class " + PREFIX + "StaticInitializer has a static initializer; its"
                + " static fields must be @Alias fields or constant @Inject fields"),
                problems(StaticInitializer.class));
    }

    @TargetClass(Counter.class)
    static final class PlainField {
        int unmarked;
    }

    @Test
    void fieldWithoutAnnotation() {
        assertEquals(List.of("field " + PREFIX + "PlainField.unmarked:I of a substitution class needs @Alias,"
                + " @Inject or @Delete"), problems(PlainField.class));
    }

    @TargetClass(Counter.class)
    static final class UsesDeleted {
        @Delete
        public int obsolete() {
            return 0;
        }

        int stillUses() {
            return obsolete();
        }
    }

    @Test
    void substitutionCodeUsingDeletedMember() {
        assertEquals(List.of(PREFIX + "UsesDeleted.stillUses()I uses " + COUNTER + ".obsolete()I, which a"
                + " substitution deletes"), problems(UsesDeleted.class));
    }

    @TargetClass(Counter.class)
    static final class BadSuperConstructor {
        @Alias private int count;

        @Substitute
        BadSuperConstructor(int start) {
            count = start;
        }
    }

    @Test
    void substitutedConstructorNeedsItsSuperConstructorInTargetsSuperclass() {
        // The class library's Tally is replaced by one (Enum's bytes) that has no constructor ()V.
        SubstitutionProcessor processor = SubstitutionProcessor.scan(List.of(ClassFiles.of(BadSuperConstructor.class)),
                name -> name.equals("org/keelvm/boot/substitution/fixture/Tally")
                        ? ClassFiles.find("java/lang/Enum") : ClassFiles.find(name));
        assertEquals(List.of("@Substitute " + PREFIX + "BadSuperConstructor.<init>(I)V calls super()V, which"
                + " org.keelvm.boot.substitution.fixture.Tally (the superclass of " + COUNTER + ") does not declare"),
                assertThrows(SubstitutionException.class, processor::verify).problems());
    }

    @Test
    void allProblemsAreReportedAtOnceOneLineEach() {
        List<String> all = problems(MissingMethod.class, MissingTarget.class, PlainField.class);
        assertEquals(3, all.size());
        SubstitutionException exception = new SubstitutionException(all);
        assertEquals(3, exception.getMessage().lines().count());
    }
}
