package dev.hft.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class DialectWritersTest {
    private static final String PITCH = """
        <protocol name="toy" dialect="pitch" package="dev.toy" title="Toy PITCH" support="Toy" table="ToyMessages"
                  listener="ToyListener" switch="ToySwitch" dispatcher="ToyDispatcher">
            <message type="0x00" name="UnitHeader" section="2.4" length="8" frame="true" callback="onUnitHeader"
                     title="Unit Header" description="starts every packet.">
                <field name="length" spec="Hdr Length" offset="0" length="2" type="u16" constant="HDR_LENGTH"
                       doc="bytes in the unit"/>
                <field name="sequence" spec="Hdr Sequence" offset="4" length="4" type="u32" constant="HDR_SEQUENCE"
                       doc="first sequence number"/>
            </message>
            <message type="0x22" name="AddOrderShort" section="4.3" length="27" title="Add Order (short form)"
                     description="a new order.">
                <field name="sideIndicator" spec="Side Indicator" offset="14" length="1" type="alpha" side="side"
                       doc="'B' buy, 'S' sell"/>
                <field name="symbol" spec="Symbol" offset="17" length="6" type="alpha" doc="space-padded"/>
                <field name="price" spec="Price" offset="23" length="2" type="price" scale="2" fixed="priceFixed"
                       doc="limit price"/>
                <field name="reserved" spec="Reserved" offset="25" length="2" type="u16" reserved="true" doc="zero"/>
            </message>
        </protocol>
        """;

    private static final String OUCH = """
        <protocol name="toy" dialect="ouch" package="dev.toy" title="Toy OUCH" support="Toy"
                  listener="ToyListener" dispatcher="ToyDispatcher"
                  requestListener="ToyRequestListener" requestDispatcher="ToyRequestDispatcher">
            <message direction="inbound" type="O" name="EnterOrder" length="33" title="Enter Order"
                     options="Options the spec allows here: Firm." description="enters a new order.">
                <field name="symbol" spec="Symbol" offset="1" length="8" type="alpha" doc="Symbol."/>
                <field name="price" spec="Price" offset="9" length="8" type="price" scale="4" doc="Price."/>
                <field name="clOrdId" spec="Cl Ord Id" offset="17" length="14" type="alpha" doc="ClOrdID"/>
                <field name="appendageLength" spec="Appendage Length" offset="31" length="2" type="u16"
                       appendage="true" doc="Appendage Length."/>
            </message>
            <message direction="outbound" type="O" name="OrderGone" length="9" title="Order Gone"
                     description="an order left.">
                <field name="timestamp" spec="Timestamp" offset="1" length="8" type="timestamp" doc="Timestamp."/>
            </message>
        </protocol>
        """;

    private static Map<String, String> generate(final String xml) throws IOException {
        final Map<String, String> files = new TreeMap<>();
        for (final GeneratedFile file : CodecGenerator.generate(SchemaReaderTest.read(xml), Path.of("toy.xml"))) {
            files.put(file.className(), file.text());
        }
        return files;
    }

    @Test
    void shouldWritePitchFlyweightsLittleEndianWithViewsAndOneStoreForLengthAndType() throws IOException {
        final Map<String, String> files = generate(PITCH);
        final String decoder = files.get("AddOrderShortDecoder");
        final String encoder = files.get("AddOrderShortEncoder");

        assertTrue(decoder.contains("public Side side()"), decoder);
        assertTrue(decoder.contains("public long priceFixed()"), decoder);
        assertTrue(decoder.contains("public static final int SYMBOL_LENGTH = 6;"), decoder);
        assertTrue(decoder.contains("getShortLittleEndian"), decoder);
        assertTrue(!decoder.contains("public int reserved()"), decoder);
        assertTrue(encoder.contains("WireAccess.putShortLittleEndian(array, address, LENGTH_AND_TYPE);"), encoder);
        assertTrue(encoder.contains("WireAccess.putShortLittleEndian(array, address + RESERVED_OFFSET, (short) 0);"),
            encoder);
        assertTrue(files.get("UnitHeaderDecoder").contains("public static final int HDR_LENGTH_OFFSET = 0;"));
        assertTrue(files.get("ToyListener").contains("default void onUnitHeader(final UnitHeaderDecoder header)"));
        assertTrue(files.get("ToySwitch").contains("case AddOrderShortDecoder.TYPE -> "));
        assertTrue(files.get("ToyMessages").contains("LENGTHS[AddOrderShortDecoder.TYPE] = AddOrderShortDecoder"
            + ".LENGTH;"));
    }

    @Test
    void shouldWriteOuchListenersAndDispatchersPerDirection() throws IOException {
        final Map<String, String> files = generate(OUCH);

        assertEquals(8, files.size(), files.keySet().toString());
        assertTrue(files.get("ToyRequestListener").contains("default void onEnterOrder("));
        assertTrue(files.get("ToyListener").contains("default void onOrderGone("));
        assertTrue(files.get("ToyRequestDispatcher").contains("EnterOrderDecoder.LENGTH, true);"));
        assertTrue(files.get("ToyDispatcher").contains("OrderGoneDecoder.LENGTH, false);"));
    }

    @Test
    void shouldWriteOuchTextFieldsAndAppendage() throws IOException {
        final Map<String, String> files = generate(OUCH);
        final String decoder = files.get("EnterOrderDecoder");
        final String encoder = files.get("EnterOrderEncoder");

        assertTrue(decoder.contains("public byte clOrdIdAt(final int index)"), decoder);
        assertTrue(decoder.contains("public long clOrdIdNumber()"), decoder);
        assertTrue(decoder.contains("return LENGTH + appendageLength();"), decoder);
        assertTrue(decoder.contains("public OuchAppendageDecoder appendage()"), decoder);
        assertTrue(encoder.contains("public EnterOrderEncoder clOrdIdNumber(final long number)"), encoder);
        assertTrue(encoder.contains("public EnterOrderEncoder symbol(final CharSequence text)"), encoder);
        assertTrue(encoder.contains("WireAccess.putShortBigEndian(array, address + APPENDAGE_LENGTH_OFFSET,"
            + " (short) 0);"), encoder);
        assertTrue(!encoder.contains("appendageLength(final"), encoder);
    }

    @Test
    void shouldWriteTheOuchAppendageCodecsFromTheOptionList() throws IOException {
        final Map<String, String> files = generate(OUCH.replace("</protocol>", """
            <appendage>
                <option tag="2" name="firm" spec="Firm" length="4" type="alpha" doc="the MPID."/>
                <option tag="7" name="pegOffset" spec="Peg Offset" length="4" type="i32" scale="4" doc="offset."/>
            </appendage>
            </protocol>"""));
        final String decoder = files.get("OuchAppendageDecoder");
        final String encoder = files.get("OuchAppendageEncoder");

        assertEquals(10, files.size(), files.keySet().toString());
        assertTrue(decoder.contains("final int at = find(OuchAppendage.PEG_OFFSET);\n"
            + "        return at < 0 ? OuchAppendage.ABSENT_LONG : buffer.getInt(at, BIG_ENDIAN);"), decoder);
        assertTrue(decoder.contains("public int find(final int tag)"), decoder);
        assertTrue(encoder.contains("public OuchAppendageEncoder firm(final CharSequence text)"), encoder);
        assertTrue(encoder.contains("final int at = begin(OuchAppendage.FIRM, 4);"), encoder);
        assertTrue(encoder.contains("private int begin(final int tag, final int valueLength)"), encoder);
    }
}
