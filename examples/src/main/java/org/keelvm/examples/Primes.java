package org.keelvm.examples;

import org.keelvm.hal.Console;
import org.keelvm.hal.Machine;

/**
 * Keel's first example: prime counting, Fibonacci numbers in {@code long} arithmetic and a {@code switch}, printed
 * through the {@code hal/} console. It runs unchanged on HotSpot ({@code java -cp hal.jar:examples.jar}) and in a
 * Keel image, and prints the same on both.
 */
public class Primes {
    static int primesFound;
    static long checksum;

    public static void main(String[] args) {
        int limit = 10_000;
        int count = countPrimes(limit);
        Console.print(count);
        Console.putChar(' ');
        Console.println(checksum);

        for (int n = 10; n <= 90; n += 20) {
            Console.print(n);
            Console.putChar(':');
            Console.putChar(' ');
            Console.println(fibonacci(n));
        }

        for (int day = 0; day < 8; day++) {
            Console.putChar(dayLetter(day));
        }
        Console.println();
        Console.println(Long.MIN_VALUE);
        Machine.exit(count % 100);
    }

    static int countPrimes(int limit) {
        for (int n = 2; n < limit; n++) {
            if (isPrime(n)) {
                primesFound++;
                checksum = checksum * 31 + n;
            }
        }
        return primesFound;
    }

    static boolean isPrime(int n) {
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    static long fibonacci(int n) {
        long a = 0;
        long b = 1;
        for (int i = 0; i < n; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        return a;
    }

    static int dayLetter(int day) {
        switch (day) {
            case 0: return 'M';
            case 1: return 'T';
            case 2: return 'W';
            case 3: return 't';
            case 4: return 'F';
            case 5: return 'S';
            case 6: return 's';
            default: return '?';
        }
    }
}
