package org.telisik.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.telisik.core.model.CaseStatus;

/**
 * Reads {@code case.json} of a case archive and says plainly what is wrong with it: not JSON, another format, a
 * required field missing or unreadable, a stored result that is not the one recorded with it.
 */
final class PortableManifest {
    private PortableManifest() {
    }

    static PortableCase parse(byte[] json, Path archive) {
        PortableCase pc;
        try {
            pc = JsonText.mapper().readValue(new String(json, StandardCharsets.UTF_8), PortableCase.class);
        } catch (JsonProcessingException e) {
            throw malformed(archive, "it is not a case manifest (" + e.getOriginalMessage() + at(e) + ")");
        }
        if (pc == null) {
            throw malformed(archive, "it is empty");
        }
        if (pc.format() != PortableCase.FORMAT) {
            throw malformed(archive, "it has format " + pc.format() + ", this Telisik reads format " + PortableCase.FORMAT);
        }
        require(archive, "id", pc.id());
        require(archive, "name", pc.name());
        require(archive, "status", pc.status());
        require(archive, "createdAt", pc.createdAt());
        if (pc.files() == null || pc.annotations() == null) {
            throw malformed(archive, "it has no \"" + (pc.files() == null ? "files" : "annotations") + "\" list");
        }
        try {
            CaseStatus.fromId(pc.status());
            for (String time : new String[] {pc.createdAt(), pc.closedAt(), pc.exportedAt()}) {
                if (time != null) {
                    Instant.parse(time);
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw malformed(archive, "a status or time in it cannot be read (" + e.getMessage() + ")");
        }
        for (PortableCase.File f : pc.files()) {
            if (f == null || f.report() == null || f.report().path() == null) {
                throw malformed(archive, "a file in it has no analysis");
            }
            if (!ResultDigest.of(f.report()).equals(f.resultSha256())) {
                throw CaseImporter.damaged(archive, "the result of " + f.report().path() + " does not match its recorded hash");
            }
        }
        return pc;
    }

    private static void require(Path archive, String field, String value) {
        if (value == null || value.isBlank()) {
            throw malformed(archive, "the field \"" + field + "\" is missing");
        }
    }

    private static String at(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static WorkspaceException malformed(Path archive, String why) {
        return CaseImporter.damaged(archive, ArchiveEntries.CASE + " is malformed: " + why);
    }
}
