package org.keelvm.boot.substitution;

import java.util.ArrayList;
import java.util.List;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Delete;
import org.keelvm.vm.substitution.Inject;
import org.keelvm.vm.substitution.Substitute;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;

/** What a member of a substitution class does to its target, as its annotation says. */
enum MemberRole {
    /** {@link Substitute}: replaces the target's body. */
    SUBSTITUTE(Substitute.class),
    /** {@link Alias}: names the target's member, dropped itself. */
    ALIAS(Alias.class),
    /** {@link Inject}: a field added to the target. */
    INJECT(Inject.class),
    /** {@link Delete}: removes the target's member. */
    DELETE(Delete.class),
    /** No annotation: a method becomes a helper method of the target. */
    NONE(null),
    /** More than one of the annotations above, which is always a mistake. */
    CONFLICT(null);

    private final String descriptor;

    MemberRole(Class<?> annotation) {
        this.descriptor = annotation == null ? null : Type.getDescriptor(annotation);
    }

    /** The role given by a member's annotations (visible or invisible, either list may be null). */
    static MemberRole of(List<AnnotationNode> visible, List<AnnotationNode> invisible) {
        MemberRole found = NONE;
        for (AnnotationNode annotation : both(visible, invisible)) {
            for (MemberRole role : values()) {
                if (annotation.desc.equals(role.descriptor)) {
                    found = found == NONE ? role : CONFLICT;
                }
            }
        }
        return found;
    }

    /** Whether {@code annotation} is one of the substitution annotations, to be dropped from the target. */
    static boolean isSubstitutionAnnotation(AnnotationNode annotation) {
        for (MemberRole role : values()) {
            if (annotation.desc.equals(role.descriptor)) {
                return true;
            }
        }
        return false;
    }

    private static List<AnnotationNode> both(List<AnnotationNode> visible, List<AnnotationNode> invisible) {
        List<AnnotationNode> all = new ArrayList<>();
        if (visible != null) {
            all.addAll(visible);
        }
        if (invisible != null) {
            all.addAll(invisible);
        }
        return all;
    }
}
