package dev.hft.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a protocol schema with the JDK's XML parser and checks it: fields in order, inside their message, not
 * overlapping; names unique, type bytes unique per direction (a message's optional {@code direction} attribute).
 */
public final class SchemaReader {
    private SchemaReader() {
    }

    /**
     * Reads and checks a schema file.
     *
     * @param path the XML file.
     * @return the protocol.
     * @throws IOException              if the file cannot be read or parsed.
     * @throws IllegalArgumentException if the schema is inconsistent.
     */
    public static Schema.Protocol read(final Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    /**
     * Reads and checks a schema.
     *
     * @param in the XML text.
     * @return the protocol.
     * @throws IOException              if it cannot be parsed.
     * @throws IllegalArgumentException if the schema is inconsistent.
     */
    public static Schema.Protocol read(final InputStream in) throws IOException {
        final Document document;
        try {
            final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            final DocumentBuilder builder = factory.newDocumentBuilder();
            document = builder.parse(in);
        } catch (final ParserConfigurationException | SAXException e) {
            throw new IOException("cannot parse schema: " + e.getMessage(), e);
        }
        final Element root = document.getDocumentElement();
        final Map<String, String> rootAttrs = attributes(root);
        final List<Schema.Field> header = new ArrayList<>();
        final List<Schema.Message> messages = new ArrayList<>();
        final List<Schema.Field> options = new ArrayList<>();
        for (final Element child : children(root)) {
            if ("header".equals(child.getTagName())) {
                for (final Element field : children(child)) {
                    header.add(field(field));
                }
            } else if ("message".equals(child.getTagName())) {
                messages.add(message(child));
            } else if ("appendage".equals(child.getTagName())) {
                for (final Element option : children(child)) {
                    options.add(option(option, options));
                }
            } else {
                throw new IllegalArgumentException("unexpected element: " + child.getTagName());
            }
        }
        final Schema.Protocol protocol = new Schema.Protocol(required(rootAttrs, "name"),
            required(rootAttrs, "dialect"), required(rootAttrs, "package"), required(rootAttrs, "title"),
            List.copyOf(header), List.copyOf(messages), rootAttrs, List.copyOf(options));
        check(protocol);
        return protocol;
    }

    private static Schema.Message message(final Element element) {
        final Map<String, String> attrs = attributes(element);
        final List<Schema.Field> fields = new ArrayList<>();
        for (final Element field : children(element)) {
            fields.add(field(field));
        }
        return new Schema.Message(typeByte(required(attrs, "type")), required(attrs, "name"),
            required(attrs, "title"), attrs.getOrDefault("section", ""),
            Integer.parseInt(required(attrs, "length")),
            required(attrs, "description"), List.copyOf(fields), attrs);
    }

    /** One option of an appendage: a field at offset 2 of its TLV (after Option Length and Option Tag). */
    private static Schema.Field option(final Element element, final List<Schema.Field> before) {
        final Map<String, String> attrs = attributes(element);
        if (!"option".equals(element.getTagName())) {
            throw new IllegalArgumentException("unexpected element in an appendage: " + element.getTagName());
        }
        final int tag = Integer.parseInt(required(attrs, "tag"));
        if (tag < 1 || tag > 255 || before.stream().anyMatch(o -> o.attr("tag", "").equals(attrs.get("tag")))) {
            throw new IllegalArgumentException("option tag out of range or used twice: " + tag);
        }
        final int length = Integer.parseInt(required(attrs, "length"));
        return new Schema.Field(required(attrs, "name"), required(attrs, "spec"), 2, length,
            FieldType.parse(required(attrs, "type"), length), attrs.getOrDefault("doc", ""), attrs, List.of());
    }

    private static Schema.Field field(final Element element) {
        final Map<String, String> attrs = attributes(element);
        final int length = Integer.parseInt(required(attrs, "length"));
        final FieldType type = FieldType.parse(required(attrs, "type"), length);
        final List<Schema.Value> values = new ArrayList<>();
        for (final Element child : children(element)) {
            if (!"value".equals(child.getTagName())) {
                throw new IllegalArgumentException("unexpected element in a field: " + child.getTagName());
            }
            final Map<String, String> v = attributes(child);
            final Schema.Value value = new Schema.Value(required(v, "name"), required(v, "value"), v.getOrDefault("doc",
                ""));
            if (!value.name().matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalArgumentException("value name must be upper snake case: " + value.name());
            }
            if (type == FieldType.ALPHA ? length != 1 || value.value().length() != 1
                : !value.value().matches("[0-9]+")) {
                throw new IllegalArgumentException(attrs.get("name") + ": value " + value.value()
                    + " must be one character of a 1-byte alpha field or a number");
            }
            for (final Schema.Value other : values) {
                if (other.name().equals(value.name()) || other.value().equals(value.value())) {
                    throw new IllegalArgumentException(attrs.get("name") + ": value used twice: " + value.name());
                }
            }
            values.add(value);
        }
        return new Schema.Field(required(attrs, "name"), required(attrs, "spec"),
            Integer.parseInt(required(attrs, "offset")), length, type, attrs.getOrDefault("doc", ""), attrs,
            List.copyOf(values));
    }

    /**
     * Parses a type byte: one character ({@code A}) or a hexadecimal number ({@code 0x21}).
     *
     * @param text the schema spelling.
     * @return the byte value, 0 to 255.
     */
    static int typeByte(final String text) {
        if (text.length() == 1) {
            return text.charAt(0);
        }
        if (text.startsWith("0x")) {
            return Integer.parseInt(text.substring(2), 16);
        }
        throw new IllegalArgumentException("type must be one character or 0x..: " + text);
    }

    private static void check(final Schema.Protocol protocol) {
        final Set<String> types = new HashSet<>();
        final List<String> names = new ArrayList<>();
        final int bodyStart = protocol.header().stream().mapToInt(f -> f.offset() + f.length()).max().orElse(0);
        for (final Schema.Message message : protocol.messages()) {
            if (!types.add(message.attr("direction", "") + message.type())) {
                throw new IllegalArgumentException("type used twice: " + message.name());
            }
            if (names.contains(message.name())) {
                throw new IllegalArgumentException("name used twice: " + message.name());
            }
            names.add(message.name());
            int end = bodyStart;
            for (final Schema.Field field : message.fields()) {
                if (field.offset() < end) {
                    throw new IllegalArgumentException(message.name() + "." + field.name() + " overlaps at "
                        + field.offset());
                }
                end = field.offset() + field.length();
            }
            if (end > message.length()) {
                throw new IllegalArgumentException(message.name() + " fields end at " + end + ", after its length "
                    + message.length());
            }
        }
    }

    private static String required(final Map<String, String> attrs, final String key) {
        final String value = attrs.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing attribute " + key + " in " + attrs);
        }
        return value;
    }

    private static Map<String, String> attributes(final Element element) {
        final NamedNodeMap map = element.getAttributes();
        final Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < map.getLength(); i++) {
            attrs.put(map.item(i).getNodeName(), map.item(i).getNodeValue());
        }
        return Collections.unmodifiableMap(attrs);
    }

    private static List<Element> children(final Element element) {
        final List<Element> children = new ArrayList<>();
        final NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) nodes.item(i));
            }
        }
        return children;
    }
}
