// user-written generic data structures: singly linked list with iterator and reverse, binary search tree with in-order traversal, height and removal, and an open-addressing hash table.
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

public class GenericLinkedStructures {
    static final class SList<T> implements Iterable<T> {
        private static final class Node<T> { final T v; Node<T> next; Node(T v, Node<T> n) { this.v = v; next = n; } }
        private Node<T> head; private int size;
        void push(T v) { head = new Node<>(v, head); size++; }
        void reverse() { Node<T> prev = null, cur = head; while (cur != null) { Node<T> n = cur.next; cur.next = prev; prev = cur; cur = n; } head = prev; }
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                Node<T> cur = head;
                public boolean hasNext() { return cur != null; }
                public T next() { if (cur == null) throw new NoSuchElementException(); T v = cur.v; cur = cur.next; return v; }
            };
        }
        public String toString() { StringBuilder sb = new StringBuilder("["); for (T t : this) sb.append(sb.length() > 1 ? ", " : "").append(t); return sb.append("] size=" + size).toString(); }
    }
    static final class Bst<K extends Comparable<K>> {
        private final class Node { K key; Node left, right; Node(K k) { key = k; } }
        private Node root;
        boolean insert(K k) { if (root == null) { root = new Node(k); return true; } Node n = root; while (true) { int c = k.compareTo(n.key); if (c == 0) return false; if (c < 0) { if (n.left == null) { n.left = new Node(k); return true; } n = n.left; } else { if (n.right == null) { n.right = new Node(k); return true; } n = n.right; } } }
        void inOrder(Node n, List<K> out) { if (n == null) return; inOrder(n.left, out); out.add(n.key); inOrder(n.right, out); }
        List<K> keys() { List<K> out = new ArrayList<>(); inOrder(root, out); return out; }
        int height(Node n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }
        int height() { return height(root); }
        void remove(K k) { root = remove(root, k); }
        private Node remove(Node n, K k) {
            if (n == null) return null;
            int c = k.compareTo(n.key);
            if (c < 0) n.left = remove(n.left, k); else if (c > 0) n.right = remove(n.right, k);
            else { if (n.left == null) return n.right; if (n.right == null) return n.left; Node m = n.right; while (m.left != null) m = m.left; n.key = m.key; n.right = remove(n.right, m.key); }
            return n;
        }
    }
    static final class OpenHash {
        long[] keys = new long[8]; boolean[] used = new boolean[8]; int size, probes;
        void add(long k) { if (size * 2 >= keys.length) grow(); int i = (int) (Long.hashCode(k) & (keys.length - 1)); while (used[i] && keys[i] != k) { i = (i + 1) & (keys.length - 1); probes++; } if (!used[i]) { used[i] = true; keys[i] = k; size++; } }
        boolean contains(long k) { int i = (int) (Long.hashCode(k) & (keys.length - 1)); while (used[i]) { if (keys[i] == k) return true; i = (i + 1) & (keys.length - 1); } return false; }
        void grow() { long[] ok = keys; boolean[] ou = used; keys = new long[ok.length * 2]; used = new boolean[ok.length * 2]; size = 0; for (int i = 0; i < ok.length; i++) if (ou[i]) add(ok[i]); }
    }

    public static void main(String[] args) {
        SList<String> l = new SList<>();
        for (String s : "one two three four five".split(" ")) l.push(s);
        System.out.println(l);
        l.reverse();
        System.out.println(l);
        Bst<Integer> t = new Bst<>();
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50};
        StringBuilder ins = new StringBuilder();
        for (int k : keys) ins.append(t.insert(k) ? '+' : '=');
        System.out.println(ins + " " + t.keys() + " height " + t.height());
        t.remove(30); t.remove(50); t.remove(99);
        System.out.println(t.keys() + " height " + t.height());
        Bst<String> words = new Bst<>();
        for (String w : "the quick brown fox jumps over the lazy dog".split(" ")) words.insert(w);
        System.out.println(words.keys() + " height " + words.height());
        OpenHash h = new OpenHash();
        for (long i = 0; i < 1000; i++) h.add(i * i * 2654435761L);
        int hits = 0;
        for (long i = 0; i < 2000; i++) if (h.contains(i * i * 2654435761L)) hits++;
        System.out.println("open hash size " + h.size + " capacity " + h.keys.length + " hits " + hits + " probes " + h.probes);
    }
}
