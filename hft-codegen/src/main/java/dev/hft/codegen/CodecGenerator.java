package dev.hft.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generator's entry point: reads each schema and writes its sources under an output directory. Run by hft-net's
 * build ({@code generate-sources}); a file whose content did not change is not rewritten, so incremental builds stay
 * incremental.
 *
 * <pre>
 * java dev.hft.codegen.CodecGenerator OUTPUT_DIR SCHEMA.xml...
 * </pre>
 */
public final class CodecGenerator {
    private CodecGenerator() {
    }

    /**
     * Generates every schema given.
     *
     * @param args the output directory, then one or more schema files.
     * @throws IOException if a schema cannot be read or a source written.
     */
    public static void main(final String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: CodecGenerator OUTPUT_DIR SCHEMA.xml...");
        }
        final Path output = Path.of(args[0]);
        for (final String schema : Arrays.copyOfRange(args, 1, args.length)) {
            final List<GeneratedFile> files = generate(SchemaReader.read(Path.of(schema)), Path.of(schema));
            for (final GeneratedFile file : files) {
                write(output.resolve(file.path()), file.text());
            }
        }
    }

    /**
     * Generates the sources of one protocol.
     *
     * @param protocol the schema.
     * @param source   the schema file, named in every generated header.
     * @return the sources.
     */
    public static List<GeneratedFile> generate(final Schema.Protocol protocol, final Path source) {
        final String origin = source.getFileName().toString();
        final List<GeneratedFile> files = new ArrayList<>();
        switch (protocol.dialect()) {
            case "itch":
                files.addAll(new ItchCodecWriter(protocol, origin).files());
                files.addAll(new ItchDispatchWriter(protocol, origin).files());
                break;
            case "pitch":
                files.addAll(new PitchCodecWriter(protocol, origin).files());
                files.addAll(new PitchDispatchWriter(protocol, origin).files());
                break;
            case "ouch":
                files.addAll(new OuchCodecWriter(protocol, origin).files());
                files.addAll(new OuchDispatchWriter(protocol, origin).files());
                files.addAll(new OuchAppendageWriter(protocol, origin).files());
                break;
            default:
                throw new IllegalArgumentException("unknown dialect: " + protocol.dialect());
        }
        return files;
    }

    private static void write(final Path path, final String text) throws IOException {
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(path) && Arrays.equals(Files.readAllBytes(path), bytes)) {
            return;
        }
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }
}
