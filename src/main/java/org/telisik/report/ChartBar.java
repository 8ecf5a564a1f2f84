package org.telisik.report;

/** One bar of a chart: a label and a non-negative count. */
record ChartBar(String label, long value) {
}
