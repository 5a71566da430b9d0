package dev.hft.codegen;

/**
 * Spelling conversions between schema names and Java names.
 */
public final class Names {
    private Names() {
    }

    /**
     * Upper snake case of a camel-case name: {@code orderReferenceNumber} to {@code ORDER_REFERENCE_NUMBER},
     * {@code level1} to {@code LEVEL1}.
     *
     * @param camel the camel-case name.
     * @return the constant name.
     */
    public static String constant(final String camel) {
        final StringBuilder sb = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            final char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                sb.append('_');
            }
            sb.append(Character.toUpperCase(c));
        }
        return sb.toString();
    }

    /**
     * The name with its first letter in lower case.
     *
     * @param name a class-name stem, e.g. {@code AddOrder}.
     * @return e.g. {@code addOrder}.
     */
    public static String lowerFirst(final String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The name with its first letter in upper case.
     *
     * @param name e.g. {@code stock}.
     * @return e.g. {@code Stock}.
     */
    public static String upperFirst(final String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
