package dev.hft.codegen;

import java.util.List;
import java.util.Map;

/**
 * The model of one protocol schema: what {@link SchemaReader} reads and every writer generates from.
 */
public final class Schema {
    private Schema() {
    }

    /**
     * One field of a message: where it sits and how its bytes are read.
     *
     * @param name   the Java name of its getter and setter, e.g. {@code orderReferenceNumber}.
     * @param spec   its name in the specification, e.g. {@code Order Reference Number}.
     * @param offset its offset from the start of the message.
     * @param length its length in bytes.
     * @param type   its wire type.
     * @param doc    what it means (a Javadoc fragment), without the spec name.
     * @param attrs  every attribute of the schema line, for dialect-specific options.
     * @param values the named values the specification lists for it (its {@code value} children), or none.
     */
    public record Field(String name, String spec, int offset, int length, FieldType type, String doc,
        Map<String, String> attrs, List<Value> values) {

        /**
         * The constant name of one of its values, e.g. {@code BUY_SELL_INDICATOR_BUY}.
         *
         * @param value the value.
         * @return the name.
         */
        public String valueConstant(final Value value) {
            return constantName() + "_" + value.name();
        }

        /**
         * The constant name of the field's offset, e.g. {@code ORDER_REFERENCE_NUMBER_OFFSET}.
         *
         * @return the name.
         */
        public String offsetConstant() {
            return constantName() + "_OFFSET";
        }

        /**
         * The field name in upper snake case, e.g. {@code ORDER_REFERENCE_NUMBER}.
         *
         * @return the name.
         */
        public String constantName() {
            return Names.constant(name);
        }

        /**
         * An optional attribute.
         *
         * @param key      the attribute name.
         * @param fallback what to return if the attribute is absent.
         * @return its value, or {@code fallback}.
         */
        public String attr(final String key, final String fallback) {
            return attrs.getOrDefault(key, fallback);
        }
    }

    /**
     * One named value of a field, as the specification lists it.
     *
     * @param name  the constant suffix in upper snake case, e.g. {@code BUY}.
     * @param value the wire value: one character for a 1-byte alpha field, else a decimal number.
     * @param doc   what it means (a Javadoc fragment).
     */
    public record Value(String name, String value, String doc) {
    }

    /**
     * One message type.
     *
     * @param type        the type byte (a character or a number).
     * @param name        the class-name stem, e.g. {@code AddOrder} for {@code AddOrderDecoder}.
     * @param title       its title in the specification.
     * @param section     the specification section that defines it, or empty if the schema names none.
     * @param length      its length in bytes (of the fixed part where options may follow).
     * @param description what it means (a Javadoc fragment).
     * @param fields      its fields in wire order, header excluded.
     * @param attrs       every attribute of the message element, for dialect-specific options.
     */
    public record Message(int type, String name, String title, String section, int length, String description,
        List<Field> fields, Map<String, String> attrs) {

        /**
         * An optional attribute.
         *
         * @param key      the attribute name.
         * @param fallback what to return if the attribute is absent.
         * @return its value, or {@code fallback}.
         */
        public String attr(final String key, final String fallback) {
            return attrs.getOrDefault(key, fallback);
        }

        /**
         * Whether a boolean attribute is {@code true}.
         *
         * @param key the attribute name.
         * @return true if the attribute is present and {@code true}.
         */
        public boolean is(final String key) {
            return "true".equals(attrs.get(key));
        }

        /**
         * The Java field name of this message's decoder or encoder in a dispatcher, e.g. {@code addOrder}.
         *
         * @return the name.
         */
        public String variable() {
            return Names.lowerFirst(name);
        }
    }

    /**
     * A whole protocol.
     *
     * @param name     the schema name, e.g. {@code itch50}.
     * @param dialect  which writer generates it ({@code itch}, {@code pitch} or {@code ouch}).
     * @param pkg      the Java package of the generated classes.
     * @param title    the protocol's title, e.g. {@code NASDAQ TotalView-ITCH 5.0}.
     * @param header   the fields every message starts with.
     * @param messages the message types, in specification order.
     * @param attrs    every attribute of the root element, for dialect-specific options.
     * @param options  the options of an optional appendage (OUCH): each a field whose {@code tag} attribute is its
     *                 tag and whose offset is that of its value in the option (2), or none.
     */
    public record Protocol(String name, String dialect, String pkg, String title, List<Field> header,
        List<Message> messages, Map<String, String> attrs, List<Field> options) {

        /**
         * A required attribute of the root element.
         *
         * @param key the attribute name.
         * @return its value.
         * @throws IllegalArgumentException if it is absent.
         */
        public String attr(final String key) {
            final String value = attrs.get(key);
            if (value == null) {
                throw new IllegalArgumentException(name + ": missing attribute " + key);
            }
            return value;
        }
    }
}
