package org.telisik.core.detect;

import java.nio.charset.Charset;

/**
 * What a file is.
 *
 * @param mediaType IANA type with the names of the analysis JSON contract
 * @param charset   text encoding, null for binary content
 */
public record Detection(String mediaType, Charset charset) {
    public String encodingName() {
        return charset == null ? null : charset.name();
    }
}
