package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.SemanticType;
import org.telisik.core.profile.ValueRecognizer.Match;
import org.telisik.testdata.IndonesianPeople;

class LastRecordNumberTest {
    /** Values of the columns where MRN and ACCESSION_NUMBER test every value, and the lengths around their limits. */
    private static List<String> values() {
        IndonesianPeople people = new IndonesianPeople(7);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            IndonesianPeople.Person p = people.next();
            values.add(p.nik());
            values.add(p.phone());
            values.add(p.birthDate().toString());
            values.add(String.format("%08d", 100_000 + i * 7));
            values.add("RM-" + i);
            values.add("RAD/2024/" + "0".repeat(i % 12) + i); // 10 to 22 characters: VALID, SHAPE and NONE
            values.add(p.name());
            values.add("12");
            values.add("RM_" + i); // an underscore: not a record number
            values.add("'" + (p.nik() + "1234").substring(0, 14 + i % 7)); // Excel's apostrophe, 15 to 21 characters
        }
        return values;
    }

    @Test
    void bothRecognisersAnswerAsTheirOwnScanWhicheverRunsFirst() {
        Map<Match, Integer> seen = new EnumMap<>(Match.class);
        LastRecordNumber last = new LastRecordNumber();
        List<String> values = values();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            int first = i % 2 == 0 ? 20 : 16; // the tally runs MRN first, but either may be pruned
            int second = 36 - first;
            Match a = last.test(v, first);
            assertThat(a).as(v).isEqualTo(IdentifierShapes.recordNumber(v, first));
            Match b = last.test(v, second);
            assertThat(b).as(v).isEqualTo(IdentifierShapes.recordNumber(v, second));
            seen.merge(a, 1, Integer::sum);
            seen.merge(b, 1, Integer::sum);
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrder(Match.NONE, Match.SHAPE, Match.VALID);
    }

    @Test
    void anotherValueIsScannedAfreshEvenAfterTheSameCharacters() {
        LastRecordNumber last = new LastRecordNumber();
        List<String> values = values();
        for (int i = 1; i < values.size(); i++) {
            last.test(values.get(i - 1), 20);
            String v = values.get(i);
            assertThat(last.test(v, 16)).as(v).isEqualTo(IdentifierShapes.recordNumber(v, 16));
            String copy = new String(v);
            assertThat(last.test(copy, 20)).as(copy).isEqualTo(IdentifierShapes.recordNumber(copy, 20));
        }
    }

    @Test
    void theStandardRecognisersShareItAndAnswerAsBefore() {
        List<ValueRecognizer> recognizers = Recognizers.standard(LocalDate.of(2026, 1, 1));
        ValueRecognizer mrn = recognizers.get(Recognizers.indexOf(recognizers, SemanticType.MRN));
        ValueRecognizer accession = recognizers.get(Recognizers.indexOf(recognizers, SemanticType.ACCESSION_NUMBER));
        for (String v : values()) {
            assertThat(mrn.test(v)).as(v).isEqualTo(IdentifierShapes.recordNumber(v, 20));
            assertThat(accession.test(v)).as(v).isEqualTo(IdentifierShapes.recordNumber(v, 16));
        }
    }
}
