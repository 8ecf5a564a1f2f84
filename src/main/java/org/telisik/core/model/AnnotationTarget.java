package org.telisik.core.model;

/**
 * What a tag or note is about: a file, a dataset of a file, a column of a dataset, or a finding (an
 * authenticity check id). Files, datasets and columns are named rather than numbered so that their notes
 * survive a re-analysis of the same evidence.
 */
public record AnnotationTarget(String filePath, String dataset, String column, String finding) {

    public static AnnotationTarget file(String path) {
        return new AnnotationTarget(path, null, null, null);
    }

    public static AnnotationTarget dataset(String path, String dataset) {
        return new AnnotationTarget(path, dataset, null, null);
    }

    public static AnnotationTarget column(String path, String dataset, String column) {
        return new AnnotationTarget(path, dataset, column, null);
    }

    public static AnnotationTarget finding(String checkId) {
        return new AnnotationTarget(null, null, null, checkId);
    }

    public AnnotationTarget {
        boolean named = finding != null ^ filePath != null;
        if (!named || (column != null && dataset == null) || (dataset != null && filePath == null)) {
            throw new IllegalArgumentException("a target is a file, a dataset of a file, a column of a dataset, or a finding");
        }
    }
}
