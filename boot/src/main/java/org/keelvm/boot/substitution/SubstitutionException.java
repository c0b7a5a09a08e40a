package org.keelvm.boot.substitution;

import java.util.List;

/**
 * Substitutions that do not match the class library they are applied to. Each problem is one line naming the
 * substitution member and its target; the message is those lines, one per line, in a deterministic order.
 */
public final class SubstitutionException extends Exception {
    private final List<String> problems;

    /** @param problems one line each, at least one */
    public SubstitutionException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a substitution exception needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems, one line each. */
    public List<String> problems() {
        return problems;
    }
}
