package org.keelvm.vm.runtime;

import java.util.HashMap;

/**
 * {@code String.intern}: the image's string constants are interned already (one object per value in the image
 * heap); the table starts with them, on first use, and takes in every other string interned at run time.
 */
public final class StringTable {
    /** The image heap's string constants; set by the image builder. */
    static String[] constants = new String[0];
    private static HashMap<String, String> table;

    private StringTable() {
    }

    /** The canonical string equal to {@code value}. */
    public static String intern(String value) {
        if (table == null) {
            HashMap<String, String> initial = new HashMap<>(constants.length * 2);
            for (int i = 0; i < constants.length; i++) {
                initial.put(constants[i], constants[i]);
            }
            table = initial;
        }
        String known = table.get(value);
        if (known != null) {
            return known;
        }
        table.put(value, value);
        return value;
    }
}
