package dev.hft.net.pitch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.hft.api.Side;
import dev.hft.net.TestData;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.PcapReader;
import org.junit.jupiter.api.Test;

/**
 * Real Cboe BYX PITCH 2.41 packets (testdata/pcap/cboe-pitch, Open Markets Initiative captures) decode to the field
 * values read by hand from the hex dump ({@code xxd}) and the spec's layouts. The expected values are literals
 * derived from the bytes quoted in the comments (little-endian: the bytes reversed), never from this decoder's output.
 */
class PitchGoldenVectorTest {
    private final WireErrorCounters readerErrors = new WireErrorCounters("pcap", WireErrorListener.NO_OP);
    private final WireErrorCounters pitchErrors = new WireErrorCounters("pitch", WireErrorListener.NO_OP);
    private final PitchEvents events = new PitchEvents();
    private final PitchMessageDispatcher dispatcher = new PitchMessageDispatcher(events, pitchErrors);
    private final List<Integer> results = new ArrayList<>();

    private void dispatchCapture(final String name) throws IOException {
        new PcapReader(readerErrors).read(TestData.resolve("pcap/cboe-pitch/" + name),
            (timestampNs, protocol, sourcePort, destinationPort, buffer, offset, length) -> {
                assertEquals(PcapReader.UDP, protocol);
                results.add(dispatcher.onPacket(buffer, offset, length));
            });
        assertEquals(0, readerErrors.total(), readerErrors::toString);
        assertEquals(0, pitchErrors.total(), pitchErrors::toString);
    }

    @Test
    void shouldDecodeAddOrderShortCapture() throws IOException {
        dispatchCapture("AddOrderShortMessage.pcap");
        assertEquals(List.of(1, 2, 1, 2, 3), results);
        assertEquals(List.of(
            // 22 00 | 01 | 11 | b3 36 00 00: Hdr Length 0x0022, Count 1, Unit 0x11, Sequence 0x36B3
            "UnitHeader[length=34, count=1, unit=17, sequence=14003]",
            // 1a 22 | 48 be 9a 3b | f0 77 4f 6a 26 19 72 1f | 42 | 90 01 | 4d 41 54 20 20 20 | 12 08 | 01
            // offset 0x3B9ABE48 = 1,000,000,000 - 0xBB8; qty 0x0190; "MAT"; price 0x0812 = $20.66
            "AddOrderShort[timeOffset=999997000, orderId=0x1F7219266A4F77F0, sideIndicator=B, quantity=400, "
                + "symbol=MAT, price=2066(20.66), addFlags=0x01]",
            // 28 00 | 02 | 0f | 4a ba 00 00: length 40, 2 messages, unit 15, sequence 0xBA4A
            "UnitHeader[length=40, count=2, unit=15, sequence=47690]",
            // 06 20 | 98 85 00 00: Time 0x8598 = 34,200 s = 09:30:00 ET
            "Time[time=34200]",
            // 1a 22 | 70 db 09 00 | 15 cc cb 5d aa de ca 1b | 42 | c4 54 | 4a 44 53 54 20 20 | f4 02 | 01
            // offset 0x09DB70; qty 0x54C4; "JDST"; price 0x02F4 = $7.56
            "AddOrderShort[timeOffset=646000, orderId=0x1BCADEAA5DCBCC15, sideIndicator=B, quantity=21700, "
                + "symbol=JDST, price=756(7.56), addFlags=0x01]",
            // 22 00 | 01 | 0f | 4c ba 00 00: sequence 0xBA4C (0xBA4A + 2 messages)
            "UnitHeader[length=34, count=1, unit=15, sequence=47692]",
            // 1a 22 | d0 48 0a 00 | 17 cc cb 5d aa de ca 1b | 42 | c8 00 | 49 58 4e 20 20 20 | 66 17 | 01
            // offset 0x0A48D0; qty 0x00C8; "IXN"; price 0x1766 = $59.90
            "AddOrderShort[timeOffset=674000, orderId=0x1BCADEAA5DCBCC17, sideIndicator=B, quantity=200, "
                + "symbol=IXN, price=5990(59.9), addFlags=0x01]",
            // 3c 00 | 02 | 0f | 4d ba 00 00
            "UnitHeader[length=60, count=2, unit=15, sequence=47693]",
            // 1a 22 | b8 c3 0b 00 | 1b cc cb 5d aa de ca 1b | 53 | 64 00 | 49 57 4f 20 20 20 | e6 5b | 01
            // offset 0x0BC3B8; sell; qty 0x0064; "IWO"; price 0x5BE6 = $235.26
            "AddOrderShort[timeOffset=771000, orderId=0x1BCADEAA5DCBCC1B, sideIndicator=S, quantity=100, "
                + "symbol=IWO, price=23526(235.26), addFlags=0x01]",
            // 1a 22 | 28 db 0b 00 | 1c cc cb 5d aa de ca 1b | 42 | 64 00 | 49 57 4f 20 20 20 | 76 5b | 01
            // offset 0x0BDB28; qty 0x0064; "IWO"; price 0x5B76 = $234.14
            "AddOrderShort[timeOffset=777000, orderId=0x1BCADEAA5DCBCC1C, sideIndicator=B, quantity=100, "
                + "symbol=IWO, price=23414(234.14), addFlags=0x01]",
            // the fifth packet is the one in MultipleMessages.pcap (see below)
            "UnitHeader[length=66, count=3, unit=31, sequence=35742]",
            "Time[time=34200]",
            "AddOrderShort[timeOffset=754000, orderId=0x3904B28AC1CDC2D9, sideIndicator=B, quantity=8200, "
                + "symbol=YANG, price=1133(11.33), addFlags=0x01]",
            "AddOrderShort[timeOffset=772000, orderId=0x3904B28AC1CDC2DA, sideIndicator=B, quantity=100, "
                + "symbol=XSVN, price=4667(46.67), addFlags=0x01]"), events.events);
    }

    @Test
    void shouldDecodeModifyOrderShortCapture() throws IOException {
        dispatchCapture("ModifyOrderShortMessage.pcap");
        assertEquals(List.of(1), results);
        assertEquals(List.of(
            // 1b 00 | 01 | 0b | f3 db 01 00: length 27, 1 message, unit 11, sequence 0x01DBF3
            "UnitHeader[length=27, count=1, unit=11, sequence=121843]",
            // 13 28 | 48 0d c8 19 | 97 ed cc 44 b2 69 7c 14 | 64 00 | e3 0a | 01
            // offset 0x19C80D48 = 6600 * 65536 + 3400; qty 0x0064; price 0x0AE3 = $27.87; flags: display
            "ModifyOrderShort[timeOffset=432541000, orderId=0x147C69B244CCED97, quantity=100, price=2787(27.87), "
                + "modifyFlags=0x01]"), events.events);
    }

    @Test
    void shouldDecodeMultipleMessagesCapture() throws IOException {
        dispatchCapture("MultipleMessages.pcap");
        assertEquals(List.of(3), results);
        assertEquals(List.of(
            // 42 00 | 03 | 1f | 9e 8b 00 00: length 66, 3 messages, unit 31, sequence 0x8B9E
            "UnitHeader[length=66, count=3, unit=31, sequence=35742]",
            // 06 20 | 98 85 00 00
            "Time[time=34200]",
            // 1a 22 | 50 81 0b 00 | d9 c2 cd c1 8a b2 04 39 | 42 | 08 20 | 59 41 4e 47 20 20 | 6d 04 | 01
            // offset 0x0B8150; qty 0x2008; "YANG"; price 0x046D = $11.33
            "AddOrderShort[timeOffset=754000, orderId=0x3904B28AC1CDC2D9, sideIndicator=B, quantity=8200, "
                + "symbol=YANG, price=1133(11.33), addFlags=0x01]",
            // 1a 22 | a0 c7 0b 00 | da c2 cd c1 8a b2 04 39 | 42 | 64 00 | 58 53 56 4e 20 20 | 3b 12 | 01
            // offset 0x0BC7A0; qty 0x0064; "XSVN"; price 0x123B = $46.67
            "AddOrderShort[timeOffset=772000, orderId=0x3904B28AC1CDC2DA, sideIndicator=B, quantity=100, "
                + "symbol=XSVN, price=4667(46.67), addFlags=0x01]"), events.events);
    }

    @Test
    void shouldHandOutSymbolSideAndFixedPriceOfRealMessage() throws IOException {
        final List<String> seen = new ArrayList<>();
        final PitchMessageDispatcher typed = new PitchMessageDispatcher(new PitchListener() {
            @Override
            public void onAddOrderShort(final AddOrderShortDecoder message) {
                final byte[] symbol = new byte[AddOrderShortDecoder.SYMBOL_LENGTH];
                message.getSymbol(symbol);
                // "MAT   " as sent, packed little-endian with two more spaces
                assertArrayEquals(new byte[] {'M', 'A', 'T', ' ', ' ', ' '}, symbol);
                assertEquals(0x2020_2020_2054_414DL, message.symbol());
                assertEquals(Pitch.packSymbol("MAT"), message.symbol());
                assertEquals(Side.BUY, message.side());
                assertEquals(2_066_000_000L, message.priceFixed());
                seen.add(Pitch.symbolToString(message.symbol()));
            }
        }, pitchErrors);
        new PcapReader(readerErrors).read(TestData.resolve("pcap/cboe-pitch/AddOrderShortMessage.pcap"),
            (timestampNs, protocol, sourcePort, destinationPort, buffer, offset, length) -> {
                if (seen.isEmpty()) {
                    typed.onPacket(buffer, offset, length);
                }
            });
        assertEquals(List.of("MAT"), seen);
    }
}
