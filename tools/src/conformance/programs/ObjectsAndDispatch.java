import org.keelvm.hal.Console;

// Objects, fields, virtual, interface and default-method dispatch, arrays of every dimension, instanceof and
// class initialization order.
public class ObjectsAndDispatch {
    interface Shape {
        int area();

        default int twice() {
            return 2 * area();
        }
    }

    static class Square implements Shape {
        final int side;

        Square(int side) {
            this.side = side;
        }

        public int area() {
            return side * side;
        }
    }

    static class Rect implements Shape {
        int width;
        long height;

        Rect(int width, long height) {
            this.width = width;
            this.height = height;
        }

        public int area() {
            return (int) (width * height);
        }

        public int twice() {
            return -1;
        }
    }

    static class Cube extends Square {
        Cube(int side) {
            super(side);
        }

        @Override
        public int area() {
            return 6 * super.area();
        }
    }

    static class Init {
        static int value = compute();

        static int compute() {
            Console.println(100);
            return 42;
        }
    }

    static int counter = 5;

    public static void main(String[] args) {
        Shape[] shapes = {new Square(3), new Rect(2, 5), new Cube(2)};
        int total = 0;
        for (Shape s : shapes) {
            total += s.area();
            Console.println(s.twice());
        }
        Console.println(total);
        int[][] grid = new int[3][4];
        grid[2][3] = 7;
        Console.println(grid[2][3] + grid.length + grid[0].length);
        long[][][] cube = new long[2][3][4];
        cube[1][2][3] = Long.MAX_VALUE;
        Console.println(cube[1][2][3]);
        char[] chars = {'a', 'b'};
        boolean[] flags = new boolean[3];
        flags[1] = true;
        Console.println(chars[1] + (flags[1] ? 1 : 0));
        Object o = shapes[2];
        Console.println(o instanceof Square ? 1 : 0);
        Console.println(o instanceof Rect ? 1 : 0);
        Console.println(o instanceof Shape ? 1 : 0);
        Console.println(shapes instanceof Object[] ? 1 : 0);
        Console.println(counter);
        Console.println(Init.value);
        Console.println(Init.value);
        String text = "keel";
        Console.println(text.length());
        Console.println(text.hashCode());
        Console.println(text.equals("keel") ? 1 : 0);
        int[] copy = grid[2].clone();
        Console.println(copy[3]);
    }
}
