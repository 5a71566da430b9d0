package dev.hft.net.capture;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.DirectBuffer;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads classic pcap captures (libpcap format, both byte orders, microsecond or nanosecond timestamps) and hands
 * each UDP or TCP payload to a {@link PcapPayloadHandler}: Ethernet II with or without 802.1Q / 802.1ad VLAN tags
 * (link type 1), Linux cooked captures (113) and raw IPv4 (101, 228); IPv4 only. Non-IPv4 frames, IP fragments and
 * other protocols are skipped and counted; truncated frames are reported as {@link WireError#TRUNCATED}.
 *
 * <h2>Layout (offsets from the start of each structure)</h2>
 * <pre>
 * global header (24): magic u32 @0 | version major u16 @4, minor u16 @6 | thiszone @8 | sigfigs @12 | snaplen @16
 *                     | link type u32 @20        magic a1b2c3d4 = µs, a1b23c4d = ns, in the file's byte order
 * record header (16): ts seconds u32 @0 | ts µs-or-ns u32 @4 | captured length u32 @8 | original length u32 @12
 * Ethernet (14):      destination @0 | source @6 | ethertype u16 BE @12 (0x8100/0x88a8: 4-byte tag, then ethertype)
 * IPv4:               version/IHL @0 | total length u16 BE @2 | flags/fragment offset u16 BE @6 | protocol @9
 * UDP (8):            source port @0 | destination port @2 | length @4      TCP: ports @0, @2; data offset @12 (>>4)
 * </pre>
 * The file is memory-mapped (files up to 2 GiB).
 */
public final class PcapReader {
    /** IP protocol number of UDP. */
    public static final int UDP = 17;
    /** IP protocol number of TCP. */
    public static final int TCP = 6;

    static final int GLOBAL_HEADER_LENGTH = 24;
    static final int RECORD_HEADER_LENGTH = 16;
    static final int LINKTYPE_ETHERNET = 1;
    static final int LINKTYPE_RAW = 101;
    static final int LINKTYPE_LINUX_SLL = 113;
    static final int LINKTYPE_IPV4 = 228;
    private static final int MAGIC_MICROS = 0xa1b2c3d4;
    private static final int MAGIC_NANOS = 0xa1b23c4d;
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_QINQ = 0x88a8;

    private final WireErrorCounters errors;
    private long packets;
    private long payloads;
    private long skipped;

    /**
     * Creates a reader that reports bad frames to the given counters.
     *
     * @param errors where truncated or malformed frames are counted and reported.
     */
    public PcapReader(final WireErrorCounters errors) {
        this.errors = errors;
    }

    /**
     * Reads a capture file and hands every UDP/TCP payload to the handler, in file order.
     *
     * @param file    the pcap file.
     * @param handler receives each payload.
     * @return the number of payloads delivered.
     * @throws IOException if the file cannot be read or is not a classic pcap file.
     */
    public long read(final Path file, final PcapPayloadHandler handler) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            final long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new IOException("pcap files over 2 GiB are not supported: " + file);
            }
            final MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            try {
                return read(new UnsafeBuffer(mapped), 0, (int) size, handler);
            } finally {
                IoUtil.unmap(mapped);
            }
        }
    }

    /**
     * Reads a capture held in memory.
     *
     * @param buffer  the capture's bytes.
     * @param offset  where the global header starts.
     * @param length  how many bytes the capture has.
     * @param handler receives each payload.
     * @return the number of payloads delivered.
     * @throws IOException if the bytes are not a classic pcap capture.
     */
    public long read(final DirectBuffer buffer, final int offset, final int length, final PcapPayloadHandler handler)
        throws IOException {
        if (length < GLOBAL_HEADER_LENGTH) {
            throw new IOException("not a pcap file: " + length + " bytes");
        }
        final int magic = buffer.getInt(offset, ByteOrder.LITTLE_ENDIAN);
        final ByteOrder order;
        final boolean nanos;
        if (magic == MAGIC_MICROS || magic == MAGIC_NANOS) {
            order = ByteOrder.LITTLE_ENDIAN;
            nanos = magic == MAGIC_NANOS;
        } else if (Integer.reverseBytes(magic) == MAGIC_MICROS || Integer.reverseBytes(magic) == MAGIC_NANOS) {
            order = ByteOrder.BIG_ENDIAN;
            nanos = Integer.reverseBytes(magic) == MAGIC_NANOS;
        } else {
            throw new IOException(
                String.format("not a classic pcap file (magic %08x; pcapng is not supported)", magic));
        }
        final int linkType = buffer.getInt(offset + 20, order) & 0xFFFF;
        if (linkType != LINKTYPE_ETHERNET && linkType != LINKTYPE_LINUX_SLL && linkType != LINKTYPE_RAW
            && linkType != LINKTYPE_IPV4) {
            throw new IOException("unsupported pcap link type " + linkType);
        }
        final long before = payloads;
        final int end = offset + length;
        int position = offset + GLOBAL_HEADER_LENGTH;
        while (position + RECORD_HEADER_LENGTH <= end) {
            final long seconds = buffer.getInt(position, order) & 0xFFFF_FFFFL;
            final long fraction = buffer.getInt(position + 4, order) & 0xFFFF_FFFFL;
            final int captured = buffer.getInt(position + 8, order);
            final int frame = position + RECORD_HEADER_LENGTH;
            if (captured < 0 || frame + captured > end) {
                errors.report(WireError.TRUNCATED, packets, buffer, position, end - position);
                break;
            }
            packets++;
            final long timestampNs = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1_000L);
            onFrame(linkType, timestampNs, buffer, frame, captured, handler);
            position = frame + captured;
        }
        if (position != end && position + RECORD_HEADER_LENGTH > end) {
            errors.report(WireError.TRUNCATED, packets, buffer, position, end - position);
        }
        return payloads - before;
    }

    private void onFrame(final int linkType, final long timestampNs, final DirectBuffer buffer, final int frame,
        final int length, final PcapPayloadHandler handler) {
        int ip = frame;
        final int frameEnd = frame + length;
        if (linkType == LINKTYPE_ETHERNET || linkType == LINKTYPE_LINUX_SLL) {
            int typeOffset = linkType == LINKTYPE_ETHERNET ? frame + 12 : frame + 14;
            if (typeOffset + 2 > frameEnd) {
                errors.report(WireError.TRUNCATED, packets, buffer, frame, length);
                return;
            }
            int etherType = buffer.getShort(typeOffset, ByteOrder.BIG_ENDIAN) & 0xFFFF;
            while (etherType == ETHERTYPE_VLAN || etherType == ETHERTYPE_QINQ) {
                typeOffset += 4;
                if (typeOffset + 2 > frameEnd) {
                    errors.report(WireError.TRUNCATED, packets, buffer, frame, length);
                    return;
                }
                etherType = buffer.getShort(typeOffset, ByteOrder.BIG_ENDIAN) & 0xFFFF;
            }
            if (etherType != ETHERTYPE_IPV4) {
                skipped++;
                return;
            }
            ip = typeOffset + 2;
        }
        if (ip + 20 > frameEnd || (buffer.getByte(ip) & 0xF0) != 0x40) {
            if (ip + 20 > frameEnd) {
                errors.report(WireError.TRUNCATED, packets, buffer, frame, length);
            } else {
                skipped++;
            }
            return;
        }
        final int headerLength = (buffer.getByte(ip) & 0x0F) * 4;
        final int totalLength = buffer.getShort(ip + 2, ByteOrder.BIG_ENDIAN) & 0xFFFF;
        final int fragment = buffer.getShort(ip + 6, ByteOrder.BIG_ENDIAN) & 0x3FFF; // MF flag + offset
        final int protocol = buffer.getByte(ip + 9) & 0xFF;
        final int ipEnd = ip + totalLength;
        if (headerLength < 20 || totalLength < headerLength || ipEnd > frameEnd) {
            errors.report(WireError.TRUNCATED, packets, buffer, frame, length);
            return;
        }
        if (fragment != 0 || (protocol != UDP && protocol != TCP)) {
            skipped++;
            return;
        }
        final int transport = ip + headerLength;
        final int sourcePort;
        final int destinationPort;
        final int payload;
        final int payloadEnd;
        if (protocol == UDP) {
            if (transport + 8 > ipEnd) {
                errors.report(WireError.TRUNCATED, packets, buffer, frame, length);
                return;
            }
            final int udpLength = buffer.getShort(transport + 4, ByteOrder.BIG_ENDIAN) & 0xFFFF;
            if (udpLength < 8 || transport + udpLength > ipEnd) {
                errors.report(WireError.BAD_LENGTH, packets, buffer, frame, length);
                return;
            }
            payload = transport + 8;
            payloadEnd = transport + udpLength;
        } else {
            if (transport + 20 > ipEnd) {
                errors.report(WireError.TRUNCATED, packets, buffer, frame, length);
                return;
            }
            final int dataOffset = ((buffer.getByte(transport + 12) & 0xF0) >> 4) * 4;
            if (dataOffset < 20 || transport + dataOffset > ipEnd) {
                errors.report(WireError.BAD_LENGTH, packets, buffer, frame, length);
                return;
            }
            payload = transport + dataOffset;
            payloadEnd = ipEnd;
        }
        sourcePort = buffer.getShort(transport, ByteOrder.BIG_ENDIAN) & 0xFFFF;
        destinationPort = buffer.getShort(transport + 2, ByteOrder.BIG_ENDIAN) & 0xFFFF;
        payloads++;
        handler.onPayload(timestampNs, protocol, sourcePort, destinationPort, buffer, payload, payloadEnd - payload);
    }

    /**
     * Packets (records) read so far.
     *
     * @return the count.
     */
    public long packets() {
        return packets;
    }

    /**
     * Payloads delivered so far.
     *
     * @return the count.
     */
    public long payloads() {
        return payloads;
    }

    /**
     * Frames skipped so far: not IPv4, IP fragments, or neither UDP nor TCP.
     *
     * @return the count.
     */
    public long skipped() {
        return skipped;
    }
}
