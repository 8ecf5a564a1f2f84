package org.telisik.core.profile;

import java.util.function.Function;
import org.telisik.core.model.SemanticType;

/**
 * Recognises the values of one semantic type.
 *
 * <p>Contract: {@link #test} gets a trimmed, non-empty value and must be cheap on values that are clearly
 * not of its type (length and character checks before any regex or lookup). It answers {@link Match#NONE}
 * when the value does not even have the type's shape, {@link Match#SHAPE} when it has the shape but fails
 * validation (a 16-digit number with an unknown region code), and {@link Match#VALID} when it passes.
 * Implementations are stateless and thread-safe.
 */
public interface ValueRecognizer {

    enum Match { NONE, SHAPE, VALID }

    SemanticType type();

    Match test(String value);

    /** A recogniser from a type and a test function (which must honour the contract above). */
    static ValueRecognizer of(SemanticType type, Function<String, Match> test) {
        return new ValueRecognizer() {
            @Override
            public SemanticType type() {
                return type;
            }

            @Override
            public Match test(String value) {
                return test.apply(value);
            }

            @Override
            public String toString() {
                return type.id();
            }
        };
    }
}
