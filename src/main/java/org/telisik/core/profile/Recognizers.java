package org.telisik.core.profile;

import java.time.LocalDate;
import java.util.List;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.SemanticType;

/** The recognisers a column is tested against, most specific first. */
public final class Recognizers {
    private Recognizers() {
    }

    public static List<ValueRecognizer> standard(LocalDate referenceDate) {
        NikValidator nik = new NikValidator(RegionCodes.get(), referenceDate);
        return List.of(new NikRecognizer(nik), new NumberRecognizer());
    }

    static final class NikRecognizer implements ValueRecognizer {
        private final NikValidator validator;

        NikRecognizer(NikValidator validator) {
            this.validator = validator;
        }

        @Override
        public SemanticType type() {
            return SemanticType.NIK;
        }

        @Override
        public Match test(String value) {
            String digits = NikValidator.normalise(value);
            if (digits.length() != 16 || !allDigits(digits)) {
                return Match.NONE;
            }
            return validator.isValid(digits) ? Match.VALID : Match.SHAPE;
        }
    }

    static final class NumberRecognizer implements ValueRecognizer {
        @Override
        public SemanticType type() {
            return SemanticType.NUMBER;
        }

        @Override
        public Match test(String value) {
            int i = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
            if (i == value.length()) {
                return Match.NONE;
            }
            boolean dot = false;
            for (; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '.' && !dot) {
                    dot = true;
                } else if (c < '0' || c > '9') {
                    return Match.NONE;
                }
            }
            return Match.VALID;
        }
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
