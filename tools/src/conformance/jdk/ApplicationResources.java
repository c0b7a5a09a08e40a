// Class-path resources the image carries: Class.getResourceAsStream with absolute and relative names, the class loader's and the system's lookups, Properties loaded from a resource, a missing resource, a resource java.base encapsulates, and JDK data read by the JDK itself.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;

public class ApplicationResources {
    public static void main(String[] args) throws IOException {
        Properties settings = new Properties();
        try (InputStream in = ApplicationResources.class.getResourceAsStream("/conformance/settings.properties")) {
            settings.load(in);
        }
        System.out.println(new TreeMap<>(settings));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                ClassLoader.getSystemResourceAsStream("conformance/lines.txt"), StandardCharsets.UTF_8))) {
            System.out.println(lines.lines().toList());
        }
        InputStream viaLoader = ApplicationResources.class.getClassLoader().getResourceAsStream("conformance/lines.txt");
        System.out.println(viaLoader.readAllBytes().length + " " + ApplicationResources.class.getResourceAsStream("missing.txt")
                + " " + (ApplicationResources.class.getResourceAsStream("conformance/lines.txt") != null)
                + " " + (Object.class.getResourceAsStream("/java/lang/uniName.dat") != null));
        System.out.println(Character.getName('\u2603') + " " + Character.codePointOf("SNOWMAN") + " " + java.util.Currency.getInstance("EUR").getDefaultFractionDigits() + " " + java.util.Currency.getInstance("JPY").getSymbol(java.util.Locale.US));
    }
}
