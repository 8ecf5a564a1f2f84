package org.telisik.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.model.FileReport;

/**
 * The files of a case grouped by the folder they were imported from, so that a sample in thousands of parts
 * over several folders reads as a few folders instead of one flat list. Archives stay single files: their
 * members are listed below them. A folder is named from the folder all of them share, e.g. {@code leak/batch0}.
 */
final class SidebarFolders {
    private SidebarFolders() {
    }

    /** One folder and its files, in import order. */
    record Group(String label, List<FileReport> files) {
    }

    /** The folders in order of their first file; a single folder when every file came from the same one. */
    static List<Group> of(List<FileReport> files) {
        Map<String, List<FileReport>> byFolder = new LinkedHashMap<>();
        for (FileReport f : files) {
            byFolder.computeIfAbsent(folder(f.path()), k -> new ArrayList<>()).add(f);
        }
        String shared = shared(byFolder.keySet());
        int cut = shared.lastIndexOf('/');
        List<Group> groups = new ArrayList<>();
        byFolder.forEach((folder, in) -> {
            String label = folder.substring(cut + 1);
            groups.add(new Group(label.isEmpty() ? "/" : label, in));
        });
        return groups;
    }

    /** The folder of a path, with forward slashes; empty for a bare name. */
    static String folder(String path) {
        String p = path.replace('\\', '/');
        int cut = p.lastIndexOf('/');
        return cut < 0 ? "" : p.substring(0, cut);
    }

    /** The longest folder path all the given ones start with (whole path segments only). */
    private static String shared(Iterable<String> folders) {
        String shared = null;
        for (String f : folders) {
            if (shared == null) {
                shared = f;
                continue;
            }
            while (!(f.equals(shared) || f.startsWith(shared + "/"))) {
                int cut = shared.lastIndexOf('/');
                shared = cut < 0 ? "" : shared.substring(0, cut);
                if (shared.isEmpty()) {
                    return "";
                }
            }
        }
        return shared == null ? "" : shared;
    }
}
