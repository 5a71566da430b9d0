package dev.hft.codegen;

import java.util.List;

/**
 * Builds the text of one Java source file: lines at an indentation, Javadoc paragraphs wrapped at 120 columns, and
 * code lines longer than that broken after a comma (continued one indentation level deeper).
 */
public final class SourceWriter {
    /** Column limit of the generated code (the project's checkstyle limit). */
    public static final int COLUMNS = 120;
    private static final String INDENT = "    ";
    /** The extra indentation of a statement's continuation lines when a code line is wrapped. */
    private static final String CONTINUATION = INDENT;

    private final StringBuilder text = new StringBuilder(16 * 1024);
    private int depth;

    /**
     * Writes one line at the current indentation (an empty string writes an empty line); a code line past the column
     * limit is broken after its last comma that fits.
     *
     * @param line the code.
     * @return this writer.
     */
    public SourceWriter line(final String line) {
        if (!line.isEmpty()) {
            text.append(INDENT.repeat(depth));
        }
        final String code = line.trim();
        final boolean comment = code.startsWith("*") || code.startsWith("/*") || code.startsWith("//");
        final int limit = COLUMNS - INDENT.length() * depth;
        if (!comment && line.length() > limit) {
            final int cut = line.lastIndexOf(", ", limit - 1);
            if (cut > 0) {
                text.append(line, 0, cut + 1).append('\n');
                final String rest = line.startsWith(CONTINUATION) ? line.substring(cut + 2)
                    : CONTINUATION + line.substring(cut + 2);
                return line(rest);
            }
        }
        text.append(line).append('\n');
        return this;
    }

    /**
     * Writes a line that opens a block ({@code ... {}) and indents what follows.
     *
     * @param line the code before the brace.
     * @return this writer.
     */
    public SourceWriter open(final String line) {
        line(line + " {");
        depth++;
        return this;
    }

    /**
     * Closes the innermost block.
     *
     * @return this writer.
     */
    public SourceWriter close() {
        depth--;
        return line("}");
    }

    /**
     * Writes a Javadoc comment: each paragraph wrapped, an empty string for an empty comment line, and lines that
     * start with {@code &lt;pre&gt;} kept as they are until the closing tag (layout tables).
     *
     * @param paragraphs the paragraphs.
     * @return this writer.
     */
    public SourceWriter javadoc(final List<String> paragraphs) {
        line("/**");
        boolean pre = false;
        for (final String paragraph : paragraphs) {
            if (paragraph.startsWith("<pre>")) {
                pre = true;
            }
            if (pre || paragraph.isEmpty()) {
                line(paragraph.isEmpty() ? " *" : " * " + paragraph);
            } else {
                wrap(paragraph);
            }
            if (paragraph.startsWith("</pre>")) {
                pre = false;
            }
        }
        return line(" */");
    }

    /**
     * Writes a one-line Javadoc comment.
     *
     * @param text the comment.
     * @return this writer.
     */
    public SourceWriter doc(final String text) {
        final String line = "/** " + text + " */";
        if (INDENT.length() * depth + line.length() <= COLUMNS) {
            return line(line);
        }
        return javadoc(List.of(text));
    }

    private void wrap(final String paragraph) {
        final int width = COLUMNS - INDENT.length() * depth - 3;
        final String continuation = paragraph.startsWith("@") ? "        " : "";
        final String[] words = paragraph.split(" ");
        final StringBuilder current = new StringBuilder();
        for (final String word : words) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                line(" * " + current);
                current.setLength(0);
                current.append(continuation);
            }
            if (current.length() > 0 && !current.toString().equals(continuation)) {
                current.append(' ');
            }
            current.append(word);
        }
        if (current.length() > 0) {
            line(" * " + current);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
