// writing zip/jar archives without compression: ZipOutputStream STORED entries with precomputed CRC/size, entry comments/extra/local (zone-free) times, the archive comment, JarOutputStream with a STORED manifest entry (main/section attributes, 72-byte line wrapping), then reading back with ZipInputStream/JarInputStream; error messages for missing CRC, duplicate entries and bad sizes.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.jar.*;
import java.util.zip.*;

public class ZipStoredEntriesAndManifest {
    static ZipEntry stored(String name, byte[] data) {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        e.setTimeLocal(java.time.LocalDateTime.of(2001, 9, 9, 1, 46, 40));
        return e;
    }

    static String crcOf(byte[] b) { CRC32 c = new CRC32(); c.update(b); return Long.toHexString(c.getValue()); }

    public static void main(String[] args) throws Exception {
        byte[] a = "hello stored world\n".repeat(3).getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[300];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 7);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream zos = new ZipOutputStream(bos)) {
            zos.setMethod(ZipOutputStream.STORED);
            zos.setComment("archive comment");
            ZipEntry ea = stored("dir/a.txt", a);
            ea.setComment("entry comment");
            ea.setExtra(new byte[]{(byte) 0xCA, (byte) 0xFE, 2, 0, 1, 2});
            zos.putNextEntry(ea);
            zos.write(a);
            zos.closeEntry();
            ZipEntry dir = stored("dir/", new byte[0]);
            zos.putNextEntry(dir);
            zos.closeEntry();
            zos.putNextEntry(stored("b.bin", b));
            zos.write(b, 0, 100);
            zos.write(b, 100, 200);
            zos.closeEntry();
            try { zos.putNextEntry(stored("b.bin", b)); } catch (ZipException ex) { System.out.println("duplicate: " + ex.getMessage()); }
            ZipEntry noCrc = new ZipEntry("nocrc");
            noCrc.setMethod(ZipEntry.STORED);
            try { zos.putNextEntry(noCrc); } catch (ZipException ex) { System.out.println("missing crc: " + ex.getMessage()); }
            ZipEntry wrongSize = stored("wrong", a);
            zos.putNextEntry(wrongSize);
            zos.write(a, 0, 5);
            try { zos.closeEntry(); } catch (ZipException ex) { System.out.println("wrong size: " + ex.getMessage()); }
        } catch (ZipException ex) {
            System.out.println("close after error: " + ex.getMessage());
        }
        ByteArrayOutputStream good = new ByteArrayOutputStream();
        try (ZipOutputStream zos = new ZipOutputStream(good)) {
            zos.setMethod(ZipOutputStream.STORED);
            zos.setComment("archive comment");
            ZipEntry ea = stored("dir/a.txt", a);
            ea.setComment("entry comment");
            zos.putNextEntry(ea); zos.write(a); zos.closeEntry();
            zos.putNextEntry(stored("empty", new byte[0])); zos.closeEntry();
            zos.putNextEntry(stored("b.bin", b)); zos.write(b); zos.closeEntry();
        }
        byte[] zip = good.toByteArray();
        System.out.println("zip bytes " + zip.length + " crc " + crcOf(zip) + " magic " + Integer.toHexString(zip[0]) + Integer.toHexString(zip[1]) + " endsWithComment " + new String(zip, zip.length - 15, 15, StandardCharsets.US_ASCII));
        try (ZipInputStream zis = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = zis.getNextEntry()) != null) {
                byte[] content = zis.readAllBytes();
                System.out.println("entry " + e.getName() + " method " + e.getMethod() + " size " + e.getSize() + " csize " + e.getCompressedSize() + " crc " + Long.toHexString(e.getCrc()) + " dir " + e.isDirectory() + " read " + content.length + " crcOk " + crcOf(content).equals(Long.toHexString(e.getCrc())) + " localTime " + e.getTimeLocal());
            }
        }
        Manifest mf = new Manifest();
        Attributes main = mf.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "com.example.Main");
        main.putValue("Long-Attribute", "x".repeat(150));
        main.putValue("Created-By", "conformance");
        Attributes sec = new Attributes();
        sec.putValue("Sealed", "true");
        mf.getEntries().put("com/example/", sec);
        ByteArrayOutputStream mfb = new ByteArrayOutputStream();
        mf.write(mfb);
        String mfText = mfb.toString(StandardCharsets.UTF_8);
        System.out.println("manifest lines:");
        for (String line : mfText.split("\r\n")) System.out.println("  [" + line + "]");
        Manifest parsed = new Manifest(new ByteArrayInputStream(mfb.toByteArray()));
        System.out.println("parsed equal " + parsed.equals(mf) + " long attr len " + parsed.getMainAttributes().getValue("Long-Attribute").length() + " section " + parsed.getAttributes("com/example/").getValue("Sealed") + " hash equal " + (parsed.hashCode() == mf.hashCode()));
        ByteArrayOutputStream jb = new ByteArrayOutputStream();
        try (JarOutputStream jos = new JarOutputStream(jb)) {
            jos.setMethod(ZipOutputStream.STORED);
            jos.putNextEntry(stored(JarFile.MANIFEST_NAME, mfb.toByteArray()));
            jos.write(mfb.toByteArray());
            jos.closeEntry();
            jos.putNextEntry(stored("com/example/Main.class", b));
            jos.write(b);
            jos.closeEntry();
        } catch (ZipException ex) {
            System.out.println("jar write: " + ex.getMessage());
        }
        try (JarInputStream jis = new JarInputStream(new ByteArrayInputStream(jb.toByteArray()))) {
            System.out.println("jar manifest main class " + jis.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS));
            JarEntry je;
            while ((je = jis.getNextJarEntry()) != null) System.out.println("jar entry " + je.getName() + " " + jis.readAllBytes().length);
        }
        try { new Manifest(new ByteArrayInputStream("Bad Line Without Colon\r\n".getBytes(StandardCharsets.US_ASCII))); } catch (IOException ex) { System.out.println("bad manifest: " + ex.getMessage()); }
        try { new ZipEntry("x".repeat(70000)); } catch (IllegalArgumentException ex) { System.out.println("long name: " + ex.getMessage()); }
        ZipEntry t = new ZipEntry("t");
        try { t.setSize(-2); } catch (IllegalArgumentException ex) { System.out.println("negative size: " + ex.getMessage()); }
        try { t.setMethod(3); } catch (IllegalArgumentException ex) { System.out.println("bad method: " + ex.getMessage()); }
    }
}
