package org.keelvm.jit.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An ordered collection of oracle {@link Form}s, filled by the form generators. */
final class FormList {

    private final List<Form> forms = new ArrayList<>();

    /** Adds a form. */
    void add(String text, Consumer<Assembler> emitter) {
        forms.add(new Form(text, emitter));
    }

    /** Returns the forms in insertion order. */
    List<Form> forms() {
        return forms;
    }

    /** Returns a name, unique in the batch, for the {@code k}-th label of the next form. */
    String labelName(int k) {
        return "L" + forms.size() + "_" + k;
    }
}
