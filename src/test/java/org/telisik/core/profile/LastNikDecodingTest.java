package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.NpwpValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.testdata.IndonesianPeople;

class LastNikDecodingTest {
    private final NikValidator nik = new NikValidator(RegionCodes.get(), LocalDate.of(2026, 1, 1));

    /** Real NIKs, the same with a wrong region or day, and separators, as a NIK column mixes them. */
    private static List<String> values() {
        IndonesianPeople people = new IndonesianPeople(20);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String n = people.next().nik();
            values.add(n);
            values.add("99" + n.substring(2)); // no such province
            values.add(n.substring(0, 6) + "77" + n.substring(8)); // day 77: no such day, even for a woman
            values.add(n.substring(0, 6) + "." + n.substring(6, 12) + "." + n.substring(12));
        }
        return values;
    }

    @Test
    void validityOfTheValueJustDecodedIsTheValidatorsWithoutDecodingAgain() {
        LastNikDecoding last = new LastNikDecoding(nik);
        int valid = 0;
        for (String v : values()) {
            assertThat(last.decode(v)).as(v).isEqualTo(nik.decode(v));
            assertThat(last.isValid(v)).as(v).isEqualTo(nik.isValid(v));
            valid += nik.isValid(v) ? 1 : 0;
        }
        assertThat(valid).isBetween(300, 500); // the test saw both outcomes
    }

    @Test
    void anyOtherValueIsDecodedAfreshEvenWithTheSameCharacters() {
        LastNikDecoding last = new LastNikDecoding(nik);
        List<String> values = values();
        for (int i = 1; i < values.size(); i++) {
            last.decode(values.get(i - 1));
            String v = values.get(i);
            assertThat(last.isValid(v)).as(v).isEqualTo(nik.isValid(v));
            String copy = new String(values.get(i - 1)); // equal characters, another string: decoded afresh, same answer
            assertThat(last.isValid(copy)).isEqualTo(nik.isValid(copy));
        }
    }

    @Test
    void npwpOfSixteenDigitsAnswersAsWithItsOwnNikTest() {
        LastNikDecoding last = new LastNikDecoding(nik);
        NpwpValidator shared = new NpwpValidator(last::isValid);
        NpwpValidator own = new NpwpValidator(nik);
        for (String v : values()) {
            last.decode(v);
            assertThat(shared.check(v)).as(v).isEqualTo(own.check(v));
        }
        for (String v : List.of("0123456789012345", "012345678901234", "01.234.567.8-901.234", "3171")) {
            assertThat(shared.check(v)).as(v).isEqualTo(own.check(v));
        }
    }
}
