import org.keelvm.hal.Console;

/**
 * Binary trees: builds complete binary trees bottom-up and walks them, many short-lived ones of each depth from
 * MIN_DEPTH to MAX_DEPTH and one long-lived tree that survives all of them. Prints, per depth, the depth, how many
 * trees and their total node count, then the long-lived tree's node count. Object allocation and recursion.
 *
 * <p>Keel has no collector yet, so everything allocated stays: about 1.4 million nodes at MAX_DEPTH 13, some 45 MB
 * at 32 bytes a node.
 */
public class BinaryTrees {
    static final int MIN_DEPTH = 4;
    static final int MAX_DEPTH = 13;

    static final class Node {
        final Node left;
        final Node right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int count() {
            return left == null ? 1 : 1 + left.count() + right.count();
        }
    }

    static Node bottomUp(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(bottomUp(depth - 1), bottomUp(depth - 1));
    }

    public static void main(String[] args) {
        Console.println(bottomUp(MAX_DEPTH + 1).count());
        Node longLived = bottomUp(MAX_DEPTH);
        for (int depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
            int trees = 1 << (MAX_DEPTH - depth + MIN_DEPTH);
            long nodes = 0;
            for (int i = 0; i < trees; i++) {
                nodes += bottomUp(depth).count();
            }
            Console.print(depth);
            Console.putChar(' ');
            Console.print(trees);
            Console.putChar(' ');
            Console.println(nodes);
        }
        Console.println(longLived.count());
    }
}
