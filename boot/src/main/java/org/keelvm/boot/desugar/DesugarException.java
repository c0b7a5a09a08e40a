package org.keelvm.boot.desugar;

/**
 * A class file whose {@code invokedynamic} or dynamic constant cannot be rewritten into plain bytecode. The message is
 * one line naming the class, the method and the bootstrap method, for example
 * {@code invokedynamic with unsupported bootstrap java/lang/invoke/Foo.bar in Main.main([Ljava/lang/String;)V}.
 */
public final class DesugarException extends Exception {
    private final String bootstrap;

    /**
     * @param message   the one-line message shown to the user
     * @param bootstrap the bootstrap method as {@code owner.name} (internal owner name), or {@code null} when the
     *                  problem is not about an unknown bootstrap method
     */
    public DesugarException(String message, String bootstrap) {
        super(message);
        this.bootstrap = bootstrap;
    }

    /** The bootstrap method as {@code owner.name}, or {@code null} if the failure is not an unsupported bootstrap. */
    public String bootstrap() {
        return bootstrap;
    }
}
