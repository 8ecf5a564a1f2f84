package org.telisik.core.claim;

import java.util.List;
import org.telisik.core.model.Estimate;

/**
 * A seller's claim as understood. Every field is null when the text did not state it or stated it in a way
 * that cannot be read without guessing; {@link #problems()} then says which part and why.
 *
 * @param uncompressedBytes size stated as uncompressed, or stated without saying (see {@link #compressionStated()})
 * @param compressedBytes   size stated as compressed (zip, rar, gz, "terkompresi")
 * @param compressionStated false when a single size was given without saying whether it is compressed
 * @param binaryUnits       true when the size was written in binary units (GiB, TiB: powers of 1024)
 * @param readSteps         how the text was read, as steps each language words ({@link ClaimWording})
 * @param problems          what could not be read without guessing, and why
 * @param codec             the packing named: zip, gzip, bzip2, xz, lzma, 7z, zstd, rar, "unnamed" (only
 *                          "compressed"), or null
 * @param format            the dump's format named: csv, sql, json, spreadsheet, or null
 * @param subject           what the counted records are: patient, visit, exam, person, or null
 */
public record ParsedClaim(
        String text,
        Long uncompressedBytes,
        Long compressedBytes,
        boolean compressionStated,
        boolean binaryUnits,
        Long records,
        List<Estimate.Step> readSteps,
        List<Estimate.Step> problems,
        String codec,
        String format,
        String subject) {

    public ParsedClaim {
        readSteps = List.copyOf(readSteps);
        problems = List.copyOf(problems);
    }

    /** How the text was read, in English. */
    public List<String> notes() {
        return ClaimWording.english(readSteps);
    }

    /** What was not understood, in English. */
    public List<String> notUnderstood() {
        return ClaimWording.english(problems);
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
