package org.telisik.core.estimate;

import java.util.List;
import org.telisik.core.model.Estimate.Step;

/** The sample as the arithmetic starts from it: each table's records and bytes, and the attached files. */
final class SampleSteps {
    private SampleSteps() {
    }

    static void describe(EstimateBasis basis, List<Step> steps) {
        for (TableSample t : basis.tables()) {
            String format = "k:format." + (t.format() == null ? "other" : t.format().id());
            if (t.bytes() > 0) {
                steps.add(Step.of("est.table", "t:" + t.name(), format, "n:" + t.rows(), "b:" + t.bytes(),
                        "b:" + t.nativeBytesPerRecord()));
            } else {
                steps.add(Step.of("est.table.rows", "t:" + t.name(), format, "n:" + t.rows()));
            }
        }
        if (basis.attachmentFiles() > 0) {
            long records = basis.rows() > 0 ? basis.rows() : basis.attachmentFiles();
            steps.add(Step.of("est.attachments", "n:" + basis.attachmentFiles(), "b:" + basis.attachmentBytes(),
                    "b:" + (double) basis.attachmentBytes() / records));
        }
    }
}
