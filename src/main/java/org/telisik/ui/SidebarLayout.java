package org.telisik.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

/**
 * What the sidebar shows under one case: the datasets combined across its files, then its files that pass the
 * filter, below their folders when they came from several. Worked out away from the FX thread (filtering and
 * grouping 10,000 files takes longer than a frame), so the window only turns it into tree rows.
 *
 * <p>A folder of more than {@link #PAGE} files is split into pages of that many, so that opening one never makes
 * more rows at once than the window builds in a few milliseconds; the same holds for a case whose files all
 * came from one folder.
 *
 * @param combined the "All parts" rows
 * @param folders  the folders (or pages of one), empty when the files are listed loose
 * @param loose    the files listed directly under the case, when they are few and from one folder
 */
record SidebarLayout(List<SidebarNode.CombinedNode> combined, List<Folder> folders, List<FileReport> loose) {
    static final int PAGE = 1_000;

    /** One folder row and the files below it, made into rows only when it is opened. */
    record Folder(SidebarNode.FolderNode node, List<FileReport> files) {
    }

    static SidebarLayout of(CaseRecord owner, List<FileReport> files, List<DatasetProfile> combined, SidebarFilter filter) {
        List<FileReport> shown = filter.isNone() ? files : files.stream().filter(filter::matches).toList();
        List<SidebarFolders.Group> groups = SidebarFolders.of(shown);
        List<Folder> folders = new ArrayList<>();
        if (groups.size() < 2 && shown.size() <= PAGE) {
            return new SidebarLayout(combined(owner, files, combined), folders, shown);
        }
        for (SidebarFolders.Group g : groups) {
            List<FileReport> in = g.files();
            for (int from = 0; from < in.size(); from += PAGE) {
                List<FileReport> page = in.subList(from, Math.min(in.size(), from + PAGE));
                // a page says which of the folder's files it holds, counted from 1 as the analyst counts
                String label = in.size() <= PAGE ? g.label()
                        : g.label() + " · " + (from + 1) + "–" + (from + page.size());
                folders.add(new Folder(new SidebarNode.FolderNode(owner, label, page.size(),
                        page.stream().anyMatch(FileReport::hasErrorAnywhere)), List.copyOf(page)));
            }
        }
        return new SidebarLayout(combined(owner, files, combined), folders, List.of());
    }

    /** The combined datasets, each with the stored file of its first part (whose rows open the sample). */
    private static List<SidebarNode.CombinedNode> combined(CaseRecord owner, List<FileReport> files,
                                                           List<DatasetProfile> combined) {
        if (combined.isEmpty()) {
            return List.of();
        }
        Map<String, FileReport> byPath = new HashMap<>();
        files.forEach(f -> byPath.putIfAbsent(f.path(), f));
        return combined.stream().map(d -> new SidebarNode.CombinedNode(owner, d,
                d.files().isEmpty() ? null : byPath.get(d.files().get(0)))).toList();
    }
}
