package org.keelvm.boot.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keelvm.boot.BuildException;
import org.keelvm.boot.universe.ClassUniverse;
import org.keelvm.vm.object.ObjectHeader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * The instance-field layout of every class, derived from its class file as {@link ObjectHeader} prescribes: the
 * superclass's fields first, then the class's own by falling size, references first among the 8-byte ones, each
 * aligned to its size. {@code java.lang.Class} has one field injected by substitution, {@link #CLASS_HUB_FIELD}, its
 * hub.
 */
public final class FieldLayout {
    /** The field injected into {@code java.lang.Class}: the {@code Hub} the mirror stands for. */
    public static final String CLASS_HUB_FIELD = "hub";
    /** Its descriptor. */
    public static final String HUB_DESCRIPTOR = "Lorg/keelvm/vm/object/Hub;";

    private final ClassUniverse universe;
    private final Map<String, Layout> layouts = new HashMap<>();

    public FieldLayout(ClassUniverse universe) {
        this.universe = universe;
    }

    /**
     * One class's layout.
     *
     * @param offsets          offset of each field, keyed {@code name:descriptor}, the superclasses' included
     * @param fields           name, descriptor and offset of each field, in layout order (for writing objects)
     * @param size             bytes of an instance, aligned
     * @param referenceOffsets offsets of the reference fields, ascending
     */
    public record Layout(Map<String, Integer> offsets, List<String[]> fields, int size, int[] referenceOffsets) {
    }

    /** The layout of instances of class {@code type}. */
    public Layout of(String type) throws BuildException {
        Layout known = layouts.get(type);
        if (known != null) {
            return known;
        }
        ClassNode node = universe.require(type, "field layout");
        Map<String, Integer> offsets = new HashMap<>();
        List<String[]> fields = new ArrayList<>();
        List<Integer> references = new ArrayList<>();
        int end = ObjectHeader.FIELDS_OFFSET;
        if (node.superName != null) {
            Layout parent = of(node.superName);
            offsets.putAll(parent.offsets());
            fields.addAll(parent.fields());
            for (int offset : parent.referenceOffsets()) {
                references.add(offset);
            }
            end = lastFieldEnd(parent);
        }
        List<String[]> own = new ArrayList<>();
        for (FieldNode field : node.fields) {
            if ((field.access & Opcodes.ACC_STATIC) == 0) {
                own.add(new String[] {field.name, field.desc});
            }
        }
        List<String[]> sorted = new ArrayList<>(own);
        Collections.sort(sorted, (a, b) -> Integer.compare(rank(a[1]), rank(b[1])));
        for (String[] field : sorted) {
            int size = sizeOf(field[1]);
            int offset = (end + size - 1) & -size;
            offsets.put(field[0] + ":" + field[1], offset);
            fields.add(new String[] {field[0], field[1], Integer.toString(offset)});
            if (isReferenceField(field[1])) {
                references.add(offset);
            }
            end = offset + size;
        }
        int[] referenceOffsets = references.stream().mapToInt(Integer::intValue).sorted().toArray();
        Layout layout = new Layout(offsets, fields, (int) ObjectHeader.align(end), referenceOffsets);
        layouts.put(type, layout);
        return layout;
    }

    private static int lastFieldEnd(Layout layout) {
        int end = ObjectHeader.FIELDS_OFFSET;
        for (String[] field : layout.fields()) {
            end = Math.max(end, Integer.parseInt(field[2]) + sizeOf(field[1]));
        }
        return end;
    }

    /** The offset of instance field {@code name} of type {@code descriptor}, declared by {@code owner}. */
    public int offset(String owner, String name, String descriptor) throws BuildException {
        Integer offset = of(owner).offsets().get(name + ":" + descriptor);
        if (offset == null) {
            throw new BuildException("class " + owner.replace('/', '.') + " has no instance field " + name);
        }
        return offset;
    }

    /** Bytes a field of this descriptor takes. */
    public static int sizeOf(String descriptor) {
        return switch (descriptor.charAt(0)) {
            case 'Z', 'B' -> 1;
            case 'C', 'S' -> 2;
            case 'I', 'F' -> 4;
            default -> 8;
        };
    }

    /** Whether a field of this descriptor holds a reference the collector must see (word types do not). */
    public boolean isReferenceField(String descriptor) throws BuildException {
        return isReference(descriptor) && !universe.isWordType(descriptor);
    }

    private static boolean isReference(String descriptor) {
        return descriptor.charAt(0) == 'L' || descriptor.charAt(0) == '[';
    }

    /** Sort order: references, other 8-byte values, then 4, 2 and 1 byte. */
    private static int rank(String descriptor) {
        return isReference(descriptor) ? 0 : 8 - sizeOf(descriptor) + 1;
    }
}
