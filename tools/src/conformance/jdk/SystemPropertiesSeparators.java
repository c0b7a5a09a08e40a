// System properties that are fixed on Linux: line.separator, file.separator, path.separator, java.specification.version; lineSeparator(); missing properties and defaults; setProperty/clearProperty.
public class SystemPropertiesSeparators {
    static String esc(String s) { return s == null ? "null" : s.replace("\n", "\\n").replace("\r", "\\r"); }

    public static void main(String[] args) {
        System.out.println("line.separator=" + esc(System.getProperty("line.separator")));
        System.out.println("lineSeparator()=" + esc(System.lineSeparator()) + " same=" + System.lineSeparator().equals(System.getProperty("line.separator")));
        System.out.println("file.separator=" + System.getProperty("file.separator") + " path.separator=" + System.getProperty("path.separator"));
        System.out.println("java.specification.version=" + System.getProperty("java.specification.version"));
        System.out.println("java.specification.name=" + System.getProperty("java.specification.name"));
        System.out.println("java.class.version major>=61 " + (Double.parseDouble(System.getProperty("java.class.version")) >= 61.0));
        System.out.println("missing=" + System.getProperty("keel.no.such.property") + " default=" + System.getProperty("keel.no.such.property", "fallback"));
        System.out.println("set returns " + System.setProperty("keel.test", "one") + " then " + System.setProperty("keel.test", "two") + " get " + System.getProperty("keel.test"));
        System.out.println("clear returns " + System.clearProperty("keel.test") + " after " + System.getProperty("keel.test"));
        System.out.println("Integer.getInteger " + Integer.getInteger("keel.int", 7) + " Boolean.getBoolean " + Boolean.getBoolean("keel.bool"));
        System.setProperty("keel.int", "123");
        System.setProperty("keel.bool", "TRUE");
        System.out.println("after set " + Integer.getInteger("keel.int") + " " + Boolean.getBoolean("keel.bool") + " " + Long.getLong("keel.int", 0L));
        try { System.getProperty(""); } catch (IllegalArgumentException e) { System.out.println("empty key: " + e.getMessage()); }
        try { System.getProperty(null); } catch (NullPointerException e) { System.out.println("null key: " + e.getMessage()); }
        System.out.println("File.separatorChar=" + java.io.File.separatorChar + " pathSeparatorChar=" + java.io.File.pathSeparatorChar);
        System.out.println("Runtime.version feature=" + Runtime.version().feature());
    }
}
