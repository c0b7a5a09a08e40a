package org.keelvm.examples;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Keel's example: prime counting, Fibonacci numbers in {@code long} arithmetic, a {@code switch}, a stream and a
 * lambda, printed with {@code System.out}. An ordinary Java program: it prints the same on HotSpot and in a Keel
 * image, and exits with the number of primes below 10,000 modulo 100 (29).
 */
public class Primes {
    static int primesFound;
    static long checksum;

    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int count = countPrimes(limit);
        System.out.println(count + " " + checksum);
        for (int n = 10; n <= 90; n += 20) {
            System.out.println(n + ": " + fibonacci(n));
        }
        List<String> days = IntStream.range(0, 8).mapToObj(day -> String.valueOf((char) dayLetter(day)))
                .collect(Collectors.toList());
        System.out.println(String.join("", days));
        System.out.println(Long.MIN_VALUE);
        System.exit(count % 100);
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
