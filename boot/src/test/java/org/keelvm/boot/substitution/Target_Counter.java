package org.keelvm.boot.substitution;

import org.keelvm.boot.substitution.fixture.Counter;
import org.keelvm.boot.substitution.fixture.Tally;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Delete;
import org.keelvm.vm.substitution.Inject;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** The substitution the behaviour tests apply to {@link Counter}. */
@TargetClass(Counter.class)
final class Target_Counter {
    @Alias private int count;
    @Alias private int step;
    @Inject private int calls;

    @Substitute
    Target_Counter(int start) {
        this.count = start * 100;
        this.step = 3;
    }

    @Alias
    static int twice(int value) {
        return 0;
    }

    @Alias
    private int peek() {
        return 0;
    }

    /** Private here although public in the target: calls must still dispatch virtually. */
    @Alias
    private String name() {
        return null;
    }

    @Delete
    public int obsolete() {
        return 0;
    }

    @Substitute
    public int next() {
        calls++;
        count = count + stride();
        return count;
    }

    @Substitute
    public static String describe(Target_Counter counter) {
        return counter.name() + " " + ((Tally) (Object) counter).kind() + " count=" + counter.peek() + " calls=" + counter.calls;
    }

    private int stride() {
        return twice(step);
    }
}
