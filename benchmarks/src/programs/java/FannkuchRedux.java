import org.keelvm.hal.Console;

/**
 * Fannkuch-redux: for every permutation of 0..N-1, count how many prefix reversals it takes until 0 comes first.
 * Prints the alternating-sign checksum of the flip counts, then the largest flip count. Integer arrays and loops only.
 */
public class FannkuchRedux {
    static final int N = 9;

    public static void main(String[] args) {
        int[] perm = new int[N];
        int[] work = new int[N];
        int[] count = new int[N];
        for (int i = 0; i < N; i++) {
            perm[i] = i;
        }
        long checksum = 0;
        int maxFlips = 0;
        int permutationIndex = 0;
        int r = N;
        while (true) {
            // Reset the counters of the positions the last rotation advanced.
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            int flips = flips(perm, work);
            if (flips > maxFlips) {
                maxFlips = flips;
            }
            checksum += (permutationIndex & 1) == 0 ? flips : -flips;
            permutationIndex++;
            // Next permutation: rotate the first r+1 elements left until a counter does not wrap.
            while (true) {
                if (r == N) {
                    Console.println(checksum);
                    Console.println(maxFlips);
                    return;
                }
                int first = perm[0];
                for (int i = 0; i < r; i++) {
                    perm[i] = perm[i + 1];
                }
                perm[r] = first;
                count[r]--;
                if (count[r] > 0) {
                    break;
                }
                r++;
            }
        }
    }

    /** How many prefix reversals of a copy of {@code perm} bring 0 to the front. */
    static int flips(int[] perm, int[] work) {
        if (perm[0] == 0) {
            return 0;
        }
        for (int i = 0; i < N; i++) {
            work[i] = perm[i];
        }
        int flips = 0;
        int first = work[0];
        while (first != 0) {
            for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                int t = work[lo];
                work[lo] = work[hi];
                work[hi] = t;
            }
            flips++;
            first = work[0];
        }
        return flips;
    }
}
