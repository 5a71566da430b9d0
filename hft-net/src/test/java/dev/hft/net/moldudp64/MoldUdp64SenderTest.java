package dev.hft.net.moldudp64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.TimeUnit;

import dev.hft.api.Result;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MoldUdp64SenderTest {
    private static final long HEARTBEAT_NS = 10_000_000L;
    private static final int MAX_PACKET = 200;

    private final ManualClock clock = new ManualClock();
    private final MoldUdp64MessageStore store = new MoldUdp64MessageStore();
    private final UnsafeBuffer message = new UnsafeBuffer(new byte[1024]);
    private final MoldUdp64PacketDecoder decoder = new MoldUdp64PacketDecoder();
    private DatagramChannel lineA;
    private DatagramChannel lineB;
    private DatagramChannel out;
    private MoldUdp64Sender sender;

    @BeforeEach
    void open() throws IOException {
        lineA = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        lineB = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        out = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        sender = new MoldUdp64Sender(out, new SocketAddress[] {lineA.getLocalAddress(), lineB.getLocalAddress()},
            "SEND", store, clock, HEARTBEAT_NS, MAX_PACKET);
    }

    @AfterEach
    void close() throws IOException {
        lineA.close();
        lineB.close();
        out.close();
    }

    private ByteBuffer receive(final DatagramChannel line) throws IOException {
        final ByteBuffer packet = ByteBuffer.allocate(65536);
        for (int i = 0; i < 1000; i++) {
            if (line.receive(packet) != null) {
                packet.flip();
                assertTrue(decoder.wrap(new UnsafeBuffer(packet), 0, packet.remaining()));
                assertEquals("SEND", decoder.session());
                return packet;
            }
            Thread.yield();
        }
        return null;
    }

    private long offer(final long sequence) {
        return sender.offer(message, 0, TestMessages.write(message, 0, sequence));
    }

    @Test
    void shouldPackMessagesIntoPacketsNoLongerThanTheMaximum() throws IOException {
        for (long sequence = 1; sequence <= 100; sequence++) {
            assertEquals(sequence, offer(sequence));
        }
        assertEquals(1, sender.doWork(), "the partial last packet goes out on the next duty cycle");
        assertEquals(0, sender.doWork());
        long expected = 1;
        int packets = 0;
        ByteBuffer packet;
        while ((packet = receive(lineA)) != null && expected <= 100) {
            packets++;
            assertTrue(packet.remaining() <= MAX_PACKET);
            assertEquals(expected, decoder.sequenceNumber());
            final long first = expected;
            final int count = decoder.forEachMessage((sequence, buffer, offset, length) ->
                assertTrue(TestMessages.matches(sequence, buffer, offset, length)));
            assertTrue(count > 1 || first == 100, "packed");
            expected += count;
            final ByteBuffer copy = receive(lineB);
            assertNotNull(copy);
            assertEquals(packet, copy, "both destinations get the same packet");
        }
        assertEquals(101, expected);
        assertEquals(packets, sender.packetsSent());
        assertEquals(100, sender.messagesSent());
        assertEquals(100, store.size());
        assertEquals(0, sender.sendFailures());
    }

    @Test
    void shouldSendAHeartbeatWithTheNextSequenceNumberWhenIdle() throws IOException {
        offer(1);
        sender.doWork();
        receive(lineA);
        clock.advance(HEARTBEAT_NS - 1);
        assertEquals(0, sender.doWork());
        clock.advance(1);
        assertEquals(1, sender.doWork());
        receive(lineA);
        assertTrue(decoder.isHeartbeat());
        assertEquals(2, decoder.sequenceNumber());
        assertEquals(20, decoder.length());
        assertEquals(0, sender.doWork(), "the heartbeat restarts the idle timer");
        assertEquals(1, sender.heartbeatsSent());
    }

    @Test
    void shouldRepeatTheEndOfSessionAndRefuseMoreMessages() throws IOException {
        offer(1);
        offer(2);
        assertEquals(2, sender.endOfSession());
        receive(lineA);
        assertEquals(2, decoder.messageCount());
        receive(lineA);
        assertTrue(decoder.isEndOfSession());
        assertEquals(3, decoder.sequenceNumber());
        assertEquals(Result.CLOSED, offer(3));
        assertEquals(0, sender.endOfSession());
        clock.advance(HEARTBEAT_NS);
        assertEquals(1, sender.doWork());
        receive(lineA);
        assertTrue(decoder.isEndOfSession(), "repeated in place of heartbeats");
        assertEquals(3, decoder.sequenceNumber());
    }

    @Test
    void shouldRefuseAMessageThatCannotFitAPacket() throws IOException {
        assertEquals(Result.INVALID_ARGUMENT, sender.offer(message, 0, MAX_PACKET - 21));
        assertEquals(1, sender.offer(message, 0, MAX_PACKET - 22));
        assertEquals(1, store.size());
        sender.flush();
        assertEquals(MAX_PACKET, receive(lineA).remaining());
        assertNull(receive(lineA));
    }
}
