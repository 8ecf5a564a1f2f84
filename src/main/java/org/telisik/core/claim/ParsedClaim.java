package org.telisik.core.claim;

import java.util.List;
import org.telisik.core.model.Estimate;

/**
 * A seller's claim as understood. Every field is null when the text did not state it or stated it in a way
 * that cannot be read without guessing; {@link #notUnderstood()} then says which part and why.
 *
 * @param uncompressedBytes size stated as uncompressed, or stated without saying (see {@link #compressionStated()})
 * @param compressedBytes   size stated as compressed (zip, rar, gz, "terkompresi")
 * @param compressionStated false when a single size was given without saying whether it is compressed
 * @param binaryUnits       true when the size was written in binary units (GiB, TiB: powers of 1024)
 * @param notes             how the text was read, in sentences for the explanation
 */
public record ParsedClaim(
        String text,
        Long uncompressedBytes,
        Long compressedBytes,
        boolean compressionStated,
        boolean binaryUnits,
        Long records,
        List<String> notes,
        List<String> notUnderstood) {

    public ParsedClaim {
        notes = List.copyOf(notes);
        notUnderstood = List.copyOf(notUnderstood);
    }

    public boolean hasSize() {
        return uncompressedBytes != null || compressedBytes != null;
    }

    /** The claim as the analysis JSON shows it: the uncompressed size when both were stated. */
    public Estimate.Claim toModel() {
        Long size = uncompressedBytes != null ? uncompressedBytes : compressedBytes;
        Boolean compressed = !hasSize() || !compressionStated ? null : uncompressedBytes == null;
        return new Estimate.Claim(text, size, records, compressed);
    }
}
