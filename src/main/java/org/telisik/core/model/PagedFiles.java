package org.telisik.core.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;

/**
 * The file reports of a large analysis, read a page at a time from where they are kept (the workspace) instead of
 * all held at once: 10,000 small files hold about 250 MB of reports, more than a 256 MB heap. Unmodifiable; walked
 * in order (the JSON, the command line's summary) it reads each page once and keeps one page.
 */
public final class PagedFiles extends AbstractList<FileReport> implements RandomAccess {
    static final int PAGE = 100;

    /** Reads the reports at positions {@code from} (inclusive) to {@code to} (exclusive), in order. */
    @FunctionalInterface
    public interface Pages {
        List<FileReport> read(int from, int to);
    }

    private final int size;
    private final Pages pages;
    private int pageStart = -1;
    private List<FileReport> page = List.of();

    public PagedFiles(int size, Pages pages) {
        this.size = size;
        this.pages = pages;
    }

    /** The same files, each passed through {@code shown} as its page is read (masking): no copy of all of them. */
    public PagedFiles map(UnaryOperator<FileReport> shown) {
        return new PagedFiles(size, (from, to) -> pages.read(from, to).stream().map(shown).toList());
    }

    @Override
    public synchronized FileReport get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (pageStart < 0 || index < pageStart || index >= pageStart + page.size()) {
            pageStart = index - index % PAGE;
            page = pages.read(pageStart, Math.min(size, pageStart + PAGE));
            if (page.size() != Math.min(size, pageStart + PAGE) - pageStart) {
                // a file stored by the run went missing from the store: say so rather than shift the others
                throw new IllegalStateException("files " + pageStart + " to " + (pageStart + PAGE) + " of this analysis"
                        + " could not all be read back from the workspace; open the case again to see what it holds.");
            }
        }
        return page.get(index - pageStart);
    }

    @Override
    public int size() {
        return size;
    }
}
