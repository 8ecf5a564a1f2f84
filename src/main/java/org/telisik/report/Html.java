package org.telisik.report;

import org.telisik.core.identity.VisibleText;

/**
 * Builds XHTML that both browsers and the PDF renderer parse. Tag names and CSS classes come from this
 * package; every piece of text goes through {@link #escape}, because sample data is hostile: a header may hold
 * {@code <script>} and must show as text.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens {@code tag}, with a class attribute when {@code cssClass} is not null. */
    Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    Html open(String tag) {
        return open(tag, null);
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Appends escaped text. */
    Html text(String value) {
        out.append(escape(value));
        return this;
    }

    /** {@code <tag class="cssClass">text</tag>} with the text escaped. */
    Html element(String tag, String cssClass, String text) {
        return open(tag, cssClass).text(text).close(tag);
    }

    Html element(String tag, String text) {
        return element(tag, null, text);
    }

    /** Appends markup built by this package from escaped parts (SVG, fixed head); never sample data. */
    Html markup(String trusted) {
        out.append(trusted);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes text for element content and quoted attributes. Control characters, bidi overrides, lone surrogates
     * and the other characters {@link VisibleText} names are first shown as visible escapes ({@code \x1b}), so
     * that nothing is silently dropped or acted on (a right-to-left override cannot reverse what the reader sees)
     * and the PDF renderer's XML parser never fails on a hostile value.
     */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        String visible = VisibleText.text(value);
        StringBuilder sb = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A quoted CSS string for {@code content:} in page margin boxes. Everything but ASCII letters, digits and
     * spaces becomes a six-digit hex escape, so no value can end the string, the rule or the style element.
     */
    static String cssString(String value) {
        StringBuilder sb = new StringBuilder("\"");
        VisibleText.line(value).codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == ' ') {
                sb.appendCodePoint(cp);
            } else {
                // the space ends the escape; CSS swallows it, so a real space after the escape survives
                sb.append(String.format("\\%06X ", cp));
            }
        });
        return sb.append('"').toString();
    }
}
