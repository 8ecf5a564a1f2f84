package org.telisik.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LongLineGuardTest {

    /** Hands out at most {@code chunk} characters per read, as a decoder filling a buffer would. */
    private static Reader chunked(String text, int chunk) {
        return new StringReader(text) {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                return super.read(buf, off, Math.min(len, chunk));
            }
        };
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[64];
        int n;
        while ((n = in.read(buf, 0, buf.length)) > 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    @Test
    void linesUpToTheLimitPassWhateverTheChunksAndBreaks() throws IOException {
        String text = "0123456789\n01234\r\n0123456789\r0123456789";
        for (int chunk : new int[] {1, 3, 7, 10, 11, 64}) {
            assertThat(readAll(new LongLineGuard(chunked(text, chunk), 10))).isEqualTo(text);
        }
    }

    @Test
    void aLineOverTheLimitStopsTheReadWhereverItSpansChunks() {
        String text = "ok\n" + "x".repeat(11) + "\nafter";
        for (int chunk : new int[] {1, 3, 4, 7, 10, 12, 64}) {
            assertThatThrownBy(() -> readAll(new LongLineGuard(chunked(text, chunk), 10)))
                    .as("chunks of %d", chunk).isInstanceOf(LongLineGuard.LineTooLongException.class);
        }
    }

    @Test
    void singleCharacterReadsAreGuardedToo() throws IOException {
        LongLineGuard guard = new LongLineGuard(new StringReader("abc\n" + "y".repeat(6)), 5);
        for (int i = 0; i < 9; i++) {
            guard.read();
        }
        assertThatThrownBy(guard::read).isInstanceOf(LongLineGuard.LineTooLongException.class);
    }
}
