package dev.hft.api;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodesTest {

    @Test
    void shouldRoundTripEveryEnumThroughItsCode() {
        assertRoundTrip(Side.values(), Side::code, Side::fromCode);
        assertRoundTrip(OrderType.values(), OrderType::code, OrderType::fromCode);
        assertRoundTrip(TimeInForce.values(), TimeInForce::code, TimeInForce::fromCode);
        assertRoundTrip(TradingStatus.values(), TradingStatus::code, TradingStatus::fromCode);
        assertRoundTrip(Liquidity.values(), Liquidity::code, Liquidity::fromCode);
        assertRoundTrip(RejectReason.values(), RejectReason::code, RejectReason::fromCode);
    }

    @Test
    void shouldReturnTheSentinelForUnknownCodes() {
        for (final int code : new int[] {-1, -128, 128, 255, 256, 0x131, Integer.MIN_VALUE, Integer.MAX_VALUE, 'Z'}) {
            assertSame(Side.UNKNOWN, Side.fromCode(code));
            assertSame(OrderType.UNKNOWN, OrderType.fromCode(code));
            assertSame(TimeInForce.UNKNOWN, TimeInForce.fromCode(code));
            assertSame(Liquidity.UNKNOWN, Liquidity.fromCode(code));
            assertSame(TradingStatus.UNKNOWN, TradingStatus.fromCode(code));
        }
        assertSame(Side.UNKNOWN, Side.fromCode('5'));
        assertSame(TimeInForce.UNKNOWN, TimeInForce.fromCode('5'));
        assertSame(RejectReason.OTHER, RejectReason.fromCode(-1));
        assertSame(RejectReason.OTHER, RejectReason.fromCode(200));
        assertSame(RejectReason.OTHER, RejectReason.fromCode(256));
        assertSame(RejectReason.OTHER, RejectReason.fromCode(Integer.MAX_VALUE));
    }

    @Test
    void shouldAcceptNegativeBytesFromTheWire() {
        final byte highBit = (byte) 0xB1;
        assertSame(Side.UNKNOWN, Side.fromCode(highBit));
        assertSame(Side.BUY, Side.fromCode(Side.BUY.code()));
    }

    @Test
    void shouldUseFixSideCodes() {
        assertEquals('1', Side.BUY.code());
        assertEquals('2', Side.SELL.code());
        assertEquals(0, Side.UNKNOWN.code());
    }

    @Test
    void shouldGiveSideSignAndOpposite() {
        assertEquals(1, Side.BUY.sign());
        assertEquals(-1, Side.SELL.sign());
        assertEquals(0, Side.UNKNOWN.sign());
        assertSame(Side.SELL, Side.BUY.opposite());
        assertSame(Side.BUY, Side.SELL.opposite());
        assertSame(Side.UNKNOWN, Side.UNKNOWN.opposite());
    }

    @Test
    void shouldUseFixOrdTypeCodes() {
        final Map<OrderType, Character> expected = new LinkedHashMap<>();
        expected.put(OrderType.MARKET, '1');
        expected.put(OrderType.LIMIT, '2');
        expected.put(OrderType.STOP, '3');
        expected.put(OrderType.STOP_LIMIT, '4');
        expected.put(OrderType.PEGGED, 'P');
        expected.put(OrderType.UNKNOWN, '\0');
        assertEquals(expected, charCodes(OrderType.values(), OrderType::code));
        assertTrue(OrderType.LIMIT.hasLimitPrice());
        assertTrue(OrderType.STOP_LIMIT.hasLimitPrice());
        assertFalse(OrderType.MARKET.hasLimitPrice());
        assertFalse(OrderType.STOP.hasLimitPrice());
    }

    @Test
    void shouldUseFixTimeInForceCodes() {
        final Map<TimeInForce, Character> expected = new LinkedHashMap<>();
        expected.put(TimeInForce.DAY, '0');
        expected.put(TimeInForce.GTC, '1');
        expected.put(TimeInForce.OPENING, '2');
        expected.put(TimeInForce.IOC, '3');
        expected.put(TimeInForce.FOK, '4');
        expected.put(TimeInForce.GTD, '6');
        expected.put(TimeInForce.CLOSE, '7');
        expected.put(TimeInForce.UNKNOWN, '\0');
        assertEquals(expected, charCodes(TimeInForce.values(), TimeInForce::code));
        assertTrue(TimeInForce.IOC.isImmediate());
        assertTrue(TimeInForce.FOK.isImmediate());
        assertFalse(TimeInForce.DAY.isImmediate());
    }

    @Test
    void shouldKeepTradingStatusAndLiquidityCodesStable() {
        final Map<TradingStatus, Character> status = new LinkedHashMap<>();
        status.put(TradingStatus.PRE_OPEN, 'O');
        status.put(TradingStatus.TRADING, 'T');
        status.put(TradingStatus.HALTED, 'H');
        status.put(TradingStatus.PAUSED, 'P');
        status.put(TradingStatus.QUOTATION_ONLY, 'Q');
        status.put(TradingStatus.CLOSED, 'C');
        status.put(TradingStatus.UNKNOWN, '\0');
        assertEquals(status, charCodes(TradingStatus.values(), TradingStatus::code));

        final Map<Liquidity, Character> liquidity = new LinkedHashMap<>();
        liquidity.put(Liquidity.ADDED, 'A');
        liquidity.put(Liquidity.REMOVED, 'R');
        liquidity.put(Liquidity.ROUTED, 'X');
        liquidity.put(Liquidity.UNKNOWN, '\0');
        assertEquals(liquidity, charCodes(Liquidity.values(), Liquidity::code));
    }

    @Test
    void shouldNeverRenumberRejectReasons() {
        final String[] byCode = {
            "NONE", "UNKNOWN_INSTRUMENT", "INVALID_PRICE", "INVALID_QUANTITY", "MAX_ORDER_QUANTITY",
            "MAX_ORDER_NOTIONAL", "PRICE_COLLAR", "MAX_POSITION", "MAX_GROSS_EXPOSURE", "MAX_NET_EXPOSURE",
            "MAX_OPEN_ORDERS", "ORDER_RATE", "MESSAGE_RATE", "DUPLICATE_ORDER", "RESTRICTED_INSTRUMENT",
            "TRADING_HALTED", "REDUCE_ONLY", "KILL_SWITCH", "PATTERN_DAY_TRADER", "DAILY_LOSS", "DRAWDOWN",
            "VENUE_REJECT", "VENUE_DISCONNECTED", "UNKNOWN_ORDER", "TOO_LATE_TO_CANCEL", "THROTTLED",
            "UNSUPPORTED_ORDER"};
        for (int code = 0; code < byCode.length; code++) {
            assertEquals(byCode[code], RejectReason.fromCode(code).name(), "code " + code);
        }
        assertEquals(255, RejectReason.OTHER.code());
        assertEquals(byCode.length + 1, RejectReason.values().length, "a new reason needs a pinned code here");
        for (final RejectReason reason : RejectReason.values()) {
            assertTrue(reason.code() >= 0 && reason.code() <= 255, reason.name());
        }
    }

    private static <E extends Enum<E>> void assertRoundTrip(
        final E[] values, final ToIntFunction<E> code, final IntFunction<E> fromCode) {
        final Set<Integer> codes = new HashSet<>();
        for (final E value : values) {
            assertSame(value, fromCode.apply(code.applyAsInt(value)), value.name());
            assertTrue(codes.add(code.applyAsInt(value)), "duplicate code of " + value.name());
        }
        assertEquals(values.length, codes.size(), Arrays.toString(values));
    }

    private static <E extends Enum<E>> Map<E, Character> charCodes(final E[] values, final ToIntFunction<E> code) {
        final Map<E, Character> codes = new LinkedHashMap<>();
        for (final E value : values) {
            codes.put(value, (char) code.applyAsInt(value));
        }
        return codes;
    }
}
