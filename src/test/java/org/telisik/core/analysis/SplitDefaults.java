package org.telisik.core.analysis;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the sizes of reading in parts back to the production defaults after each test: the split tests shrink the
 * parts to force many cuts, and a later test in the same JVM must not read with their sizes.
 */
final class SplitDefaults implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        SplitRead.defaults();
    }
}
