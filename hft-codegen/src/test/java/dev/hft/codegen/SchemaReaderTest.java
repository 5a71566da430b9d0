package dev.hft.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SchemaReaderTest {
    static final String SCHEMA = """
        <protocol name="toy" dialect="itch" package="dev.toy" title="Toy 1.0" support="Toy" table="ToyMessages"
                  listener="ToyListener" forwarding="ForwardingToyListener" dispatcher="ToyDispatcher">
            <header>
                <field name="messageType" spec="Message Type" offset="0" length="1" type="alpha"/>
                <field name="stockLocate" spec="Stock Locate" offset="1" length="2" type="u16" doc="locate."/>
                <field name="trackingNumber" spec="Tracking Number" offset="3" length="2" type="u16" doc="tracking."/>
                <field name="timestamp" spec="Timestamp" offset="5" length="6" type="timestamp" doc="when."/>
            </header>
            <message type="A" name="AddOrder" section="1.3.1" length="36" hot="true" title="Add Order"
                     description="an order was added.">
                <field name="orderReferenceNumber" spec="Order Reference Number" offset="11" length="8" type="u64"
                       doc="day-unique order reference number."/>
                <field name="buySellIndicator" spec="Buy/Sell Indicator" offset="19" length="1" type="alpha"
                       doc="'B' buy, 'S' sell.">
                    <value name="BUY" value="B" doc="buy order"/>
                    <value name="SELL" value="S" doc="sell order"/>
                </field>
                <field name="shares" spec="Shares" offset="20" length="4" type="u32" doc="displayed shares."/>
                <field name="stock" spec="Stock" offset="24" length="8" type="alpha" doc="security symbol."/>
                <field name="price" spec="Price" offset="32" length="4" type="price" scale="4" doc="display price."/>
            </message>
            <message type="D" name="OrderDelete" section="1.4.4" length="19" title="Order Delete"
                     description="an order left the book.">
                <field name="orderReferenceNumber" spec="Order Reference Number" offset="11" length="8" type="u64"
                       doc="the order."/>
            </message>
        </protocol>
        """;

    static Schema.Protocol read(final String xml) throws IOException {
        return SchemaReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldReadMessagesAndFieldsInOrder() throws IOException {
        final Schema.Protocol protocol = read(SCHEMA);

        assertEquals("dev.toy", protocol.pkg());
        assertEquals(4, protocol.header().size());
        assertEquals(2, protocol.messages().size());
        final Schema.Message addOrder = protocol.messages().get(0);
        assertEquals('A', addOrder.type());
        assertEquals(36, addOrder.length());
        assertTrue(addOrder.is("hot"));
        assertEquals(5, addOrder.fields().size());
        final Schema.Field price = addOrder.fields().get(4);
        assertEquals(FieldType.PRICE, price.type());
        assertEquals("4", price.attr("scale", ""));
        assertEquals("PRICE_OFFSET", price.offsetConstant());
        assertEquals("ORDER_REFERENCE_NUMBER_OFFSET", addOrder.fields().get(0).offsetConstant());
    }

    @Test
    void shouldRejectOverlappingFields() {
        final String xml = SCHEMA.replace("offset=\"20\" length=\"4\" type=\"u32\"",
            "offset=\"19\" length=\"4\" type=\"u32\"");

        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("shares overlaps"), e.getMessage());
    }

    @Test
    void shouldRejectFieldsPastTheMessageLength() {
        final String xml = SCHEMA.replace("length=\"19\" title", "length=\"18\" title");

        assertThrows(IllegalArgumentException.class, () -> read(xml));
    }

    @Test
    void shouldRejectAWidthThatIsNotTheLength() {
        final String xml = SCHEMA.replace("length=\"4\" type=\"u32\"", "length=\"2\" type=\"u32\"");

        assertThrows(IllegalArgumentException.class, () -> read(xml));
    }

    @Test
    void shouldRejectATypeByteUsedTwice() {
        final String xml = SCHEMA.replace("type=\"D\"", "type=\"A\"");

        assertThrows(IllegalArgumentException.class, () -> read(xml));
    }

    @Test
    void shouldParseHexadecimalTypeBytes() {
        assertEquals(0x21, SchemaReader.typeByte("0x21"));
        assertEquals('h', SchemaReader.typeByte("h"));
    }

    @Test
    void shouldReadNamedValues() throws IOException {
        final Schema.Field side = read(SCHEMA).messages().get(0).fields().get(1);

        assertEquals(java.util.List.of(new Schema.Value("BUY", "B", "buy order"),
            new Schema.Value("SELL", "S", "sell order")), side.values());
        assertEquals("BUY_SELL_INDICATOR_SELL", side.valueConstant(side.values().get(1)));
    }

    @Test
    void shouldRejectAValueUsedTwice() {
        assertThrows(IllegalArgumentException.class, () -> read(SCHEMA.replace("value=\"S\"", "value=\"B\"")));
    }

    @Test
    void shouldRejectAValueLongerThanItsAlphaField() {
        assertThrows(IllegalArgumentException.class, () -> read(SCHEMA.replace("value=\"S\"", "value=\"SS\"")));
    }

    @Test
    void shouldReadAppendageOptionsAndRejectATagUsedTwice() throws IOException {
        final String options = """
            <appendage>
                <option tag="2" name="firm" spec="Firm" length="4" type="alpha" doc="the MPID."/>
                <option tag="3" name="minQty" spec="Min Qty" length="4" type="u32" doc="minimum quantity."/>
            </appendage>
            </protocol>""";
        final Schema.Protocol protocol = read(SCHEMA.replace("</protocol>", options));

        assertEquals(2, protocol.options().size());
        assertEquals("3", protocol.options().get(1).attr("tag", ""));
        assertEquals(FieldType.UNSIGNED, protocol.options().get(1).type());
        assertThrows(IllegalArgumentException.class,
            () -> read(SCHEMA.replace("</protocol>", options.replace("tag=\"3\"", "tag=\"2\""))));
    }
}
