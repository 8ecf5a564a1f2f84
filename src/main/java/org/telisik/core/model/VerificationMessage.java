package org.telisik.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A subject or sentence of the workspace verifier as a key and typed arguments, worded only when shown
 * ({@link VerificationWording}): the same item reads the same in the CLI, the desktop and a report of the same
 * language. The argument's kind says how it is shown: text from the workspace or the evidence (paths, case names,
 * action names, system messages) is masked in masked outputs; numbers and hashes are Telisik's own figures and are
 * kept whole, since masking by value would cut digit runs out of some hashes.
 */
public record VerificationMessage(VerificationKey key, List<Arg> args) {

    public VerificationMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        if (args.size() != key.arity()) {
            throw new IllegalArgumentException(key + " takes " + key.arity() + " arguments, not " + args.size());
        }
    }

    public static VerificationMessage of(VerificationKey key, Arg... args) {
        return new VerificationMessage(key, Arrays.asList(args));
    }

    /** How an argument is shown. */
    public enum Kind {
        /** Text that may hold an identifier or a person's name: masked in masked outputs. */
        TEXT,
        /** A count or an audit entry number, shown as its digits in every language. */
        NUMBER,
        /** A SHA-256 (or its start), never masked. */
        HASH,
        /** The id of a term worded in each language ({@code term.<id>} in the bundles), e.g. a result kind. */
        TERM
    }

    /** One argument: its kind and its value as a string (null values are shown as {@code null}, as before). */
    public record Arg(Kind kind, String value) {
        public Arg {
            Objects.requireNonNull(kind, "kind");
            value = String.valueOf(value);
        }
    }

    public static Arg text(Object value) {
        return new Arg(Kind.TEXT, String.valueOf(value));
    }

    public static Arg number(long value) {
        return new Arg(Kind.NUMBER, Long.toString(value));
    }

    public static Arg hash(String value) {
        return new Arg(Kind.HASH, value);
    }

    public static Arg term(String id) {
        return new Arg(Kind.TERM, id);
    }

    /** The same message with each text argument passed through {@code mask}; numbers, hashes and terms kept. */
    public VerificationMessage masked(UnaryOperator<String> mask) {
        return new VerificationMessage(key, args.stream()
                .map(a -> a.kind() == Kind.TEXT ? new Arg(Kind.TEXT, mask.apply(a.value())) : a).toList());
    }

    /** The case's name for a subject about one case ({@link VerificationKey#namesCase()}), else null. */
    public String caseName() {
        return key.namesCase() ? args.get(0).value() : null;
    }
}
