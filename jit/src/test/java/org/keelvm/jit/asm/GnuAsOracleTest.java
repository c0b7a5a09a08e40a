package org.keelvm.jit.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the {@link Assembler} with GNU as, instruction form by instruction form.
 *
 * <p>Every form exists twice: as Intel-syntax text and as assembler calls. All forms go into
 * one source file, each after its own symbol, and into one {@link Assembler}, each after its
 * own {@link Label}; the bytes between consecutive symbols are then compared with the bytes
 * between consecutive labels. Because both sides lay out the whole stream (including branch
 * relaxation and alignment) at once, the labelled programs test relaxation as GNU as does it.
 */
class GnuAsOracleTest {

    /** Fewer forms than this would not cover the instruction set meaningfully. */
    private static final int MINIMUM_FORMS = 2000;

    /** How many mismatches the failure message spells out. */
    private static final int REPORTED = 40;

    @TempDir
    Path dir;

    @Test
    void everyFormMatchesGnuAs() throws IOException {
        long started = System.nanoTime();
        String version;
        try {
            version = GnuAs.version();
        } catch (GnuAs.ToolException e) {
            fail(e.getMessage());
            return;
        }

        FormList list = new FormList();
        IntegerForms.addAll(list);
        ArithmeticForms.addAll(list);
        SseForms.addAll(list);
        SystemForms.addAll(list);
        X87Forms.addAll(list);
        BranchForms.addAll(list);
        List<Form> forms = list.forms();

        StringBuilder source = new StringBuilder(".intel_syntax noprefix\n.text\n" + BranchForms.START + ":\n");
        int[] firstLine = new int[forms.size()];
        int line = 4;
        for (int i = 0; i < forms.size(); i++) {
            source.append('F').append(i).append(":\n");
            line++;
            firstLine[i] = line;
            String text = forms.get(i).text();
            source.append(text).append('\n');
            line += text.split("\n", -1).length;
        }
        source.append("FEND:\n");

        GnuAs.Output gas;
        try {
            gas = GnuAs.assemble(dir, source.toString());
        } catch (GnuAs.ToolException e) {
            fail(explainGasFailure(e.getMessage(), forms, firstLine));
            return;
        }

        Assembler asm = new Assembler();
        Label[] starts = new Label[forms.size() + 1];
        String[] thrown = new String[forms.size()];
        for (int i = 0; i < forms.size(); i++) {
            starts[i] = new Label();
            asm.bind(starts[i]);
            try {
                forms.get(i).emitter().accept(asm);
            } catch (RuntimeException e) {
                thrown[i] = e.toString();
            }
        }
        starts[forms.size()] = new Label();
        asm.bind(starts[forms.size()]);
        byte[] code = asm.finish();

        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < forms.size(); i++) {
            byte[] expected = slice(gas.text(), symbol(gas.symbols(), "F" + i),
                symbol(gas.symbols(), i + 1 < forms.size() ? "F" + (i + 1) : "FEND"));
            byte[] actual = slice(code, starts[i].position(), starts[i + 1].position());
            compared++;
            if (thrown[i] != null || !Arrays.equals(expected, actual)) {
                mismatches.add("form #" + i + " `" + forms.get(i).text().replace("\n", "; ") + "`: expected "
                    + hex(expected) + " but got " + (thrown[i] != null ? thrown[i] : hex(actual)));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("GNU as oracle (%s): compared %d instruction forms, %d mismatches, %.1f s%n",
            version, compared, mismatches.size(), seconds);

        if (!mismatches.isEmpty()) {
            StringBuilder message = new StringBuilder(mismatches.size() + " of " + compared
                + " forms differ from GNU as:\n");
            for (int i = 0; i < Math.min(REPORTED, mismatches.size()); i++) {
                message.append("  ").append(mismatches.get(i)).append('\n');
            }
            fail(message.toString());
        }
        assertTrue(compared >= MINIMUM_FORMS, "only " + compared + " forms compared");
        assertEquals(gas.text().length, code.length, "total code size");
    }

    private static int symbol(Map<String, Integer> symbols, String name) {
        Integer offset = symbols.get(name);
        if (offset == null) {
            throw new AssertionError("GNU as output lacks symbol " + name);
        }
        return offset;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, Math.min(from, bytes.length), Math.min(Math.max(from, to), bytes.length));
    }

    private static String hex(byte[] bytes) {
        if (bytes.length > 24) {
            return "[" + bytes.length + " bytes " + hex(Arrays.copyOf(bytes, 24)).replace("[", "").replace("]", "")
                + " ...]";
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Character.forDigit((bytes[i] >> 4) & 15, 16)).append(Character.forDigit(bytes[i] & 15, 16));
        }
        return sb.append(']').toString();
    }

    /** Names the forms behind GNU as's line-numbered error messages. */
    private static String explainGasFailure(String output, List<Form> forms, int[] firstLine) {
        StringBuilder sb = new StringBuilder("GNU as rejected the oracle source:\n");
        Matcher m = Pattern.compile("oracle\\.s:(\\d+): (.*)").matcher(output);
        int shown = 0;
        while (m.find() && shown < REPORTED) {
            int line = Integer.parseInt(m.group(1));
            int form = Arrays.binarySearch(firstLine, line);
            if (form < 0) {
                form = -form - 2;
            }
            String text = form >= 0 && form < forms.size() ? forms.get(form).text().replace("\n", "; ") : "?";
            sb.append("  line ").append(line).append(" (form `").append(text).append("`): ").append(m.group(2))
                .append('\n');
            shown++;
        }
        if (shown == 0) {
            sb.append(output);
        }
        return sb.toString();
    }
}
