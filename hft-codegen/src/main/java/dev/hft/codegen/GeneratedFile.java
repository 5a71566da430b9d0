package dev.hft.codegen;

/**
 * One generated Java source.
 *
 * @param pkg       its package, e.g. {@code dev.hft.net.itch}.
 * @param className its top-level class, e.g. {@code AddOrderDecoder}.
 * @param text      its content.
 */
public record GeneratedFile(String pkg, String className, String text) {
    /**
     * Its path below a source root, e.g. {@code dev/hft/net/itch/AddOrderDecoder.java}.
     *
     * @return the relative path.
     */
    public String path() {
        return pkg.replace('.', '/') + '/' + className + ".java";
    }
}
