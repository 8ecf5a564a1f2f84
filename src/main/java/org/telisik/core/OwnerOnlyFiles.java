package org.telisik.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/**
 * Files that may hold personal data in full (unmasked JSON, reports, exported cases) are created readable and
 * writable by their owner only: mode 0600 on POSIX, given at creation so that no other user can open the file in
 * the instant before a chmod; on Windows an ACL naming the owner alone, where the file system keeps ACLs (given at
 * creation too, or set right after when the system refuses that). Elsewhere the system's defaults apply.
 */
public final class OwnerOnlyFiles {
    private static final EnumSet<PosixFilePermission> OWNER_RW =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private OwnerOnlyFiles() {
    }

    /** A new, empty, owner-only file with a unique name in {@code folder}, e.g. for writing before a move. */
    public static Path createTemp(Path folder, String prefix, String suffix) throws IOException {
        if (isPosix(folder)) {
            return Files.createTempFile(folder, prefix, suffix, PosixFilePermissions.asFileAttribute(OWNER_RW));
        }
        FileAttribute<List<AclEntry>> acl = ownerAcl(folder);
        Path file = acl == null ? Files.createTempFile(folder, prefix, suffix) : Files.createTempFile(folder, prefix, suffix, acl);
        restrictAfterwards(file, acl);
        return file;
    }

    /** Opens {@code file} for writing, created anew (a stale one is replaced) and owner-only. */
    public static OutputStream create(Path file) throws IOException {
        Files.deleteIfExists(file);
        Path folder = file.toAbsolutePath().getParent();
        if (isPosix(folder)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_RW));
        } else {
            FileAttribute<List<AclEntry>> acl = ownerAcl(folder);
            if (acl == null) {
                Files.createFile(file);
            } else {
                Files.createFile(file, acl);
            }
            restrictAfterwards(file, acl);
        }
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static boolean isPosix(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The ACL "owner: everything, nobody else", or null when this file system keeps no ACLs. */
    private static FileAttribute<List<AclEntry>> ownerAcl(Path folder) {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("acl")) {
            return null;
        }
        try {
            UserPrincipal owner = Files.getOwner(folder);
            UserPrincipal me = folder.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name", owner.getName()));
            List<AclEntry> entries = List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(me)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build());
            return new FileAttribute<>() {
                @Override
                public String name() {
                    return "acl:acl";
                }

                @Override
                public List<AclEntry> value() {
                    return entries;
                }
            };
        } catch (IOException | UnsupportedOperationException e) {
            return null; // no way to name the owner here: the system's defaults apply
        }
    }

    /** When the ACL could not be given at creation, sets it on the still empty file. */
    private static void restrictAfterwards(Path file, FileAttribute<List<AclEntry>> acl) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null && view != null && !view.getAcl().equals(acl.value())) {
            view.setAcl(acl.value());
        }
    }
}
