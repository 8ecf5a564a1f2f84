package org.telisik.core.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/**
 * Why a path was passed over without being read, as the error of its entry in the case. The codes are stable
 * (scripts match on them); each message names the path and says what to do.
 */
public final class SkipReasons {
    public static final ErrorCode SYMBOLIC_LINK = ErrorCode.SYMBOLIC_LINK;
    public static final ErrorCode SPECIAL_FILE = ErrorCode.SPECIAL_FILE;
    public static final ErrorCode UNREADABLE_FOLDER = ErrorCode.UNREADABLE_FOLDER;
    public static final ErrorCode UNREADABLE_FILE = ErrorCode.UNREADABLE_FILE;

    private SkipReasons() {
    }

    public static FileError symbolicLink(Path link) {
        String target;
        try {
            target = " to " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            target = "";
        }
        return new FileError(SYMBOLIC_LINK, link + " is a symbolic link" + target + "; Telisik never follows links, so"
                + " it was not read: if its target belongs to the evidence, give the target's own path.");
    }

    public static FileError specialFile(Path file) {
        return new FileError(SPECIAL_FILE, file + " is not a regular file (a FIFO, device or socket), so it was not"
                + " read; if its data belongs to the evidence, copy it into a regular file and analyse that.");
    }

    /** A folder that could not be opened, or a file whose attributes could not be read, while walking. */
    static FileError unreadable(Path path, Exception e) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? unreadableFolder(path, e)
                : new FileError(UNREADABLE_FILE, path + " could not be read (" + why(e) + "); fix its permissions or copy it"
                        + " somewhere readable, then analyse it again.");
    }

    /** A folder that could not be opened or whose listing broke off: files listed before it broke were analysed. */
    static FileError unreadableFolder(Path folder, Exception e) {
        return new FileError(UNREADABLE_FOLDER, folder + " could not be listed (" + why(e) + "), so files in it were not"
                + " analysed; fix its permissions or copy it somewhere readable, then analyse it again.");
    }

    private static String why(Exception e) {
        Throwable cause = e instanceof java.nio.file.DirectoryIteratorException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof AccessDeniedException ? "permission denied"
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
