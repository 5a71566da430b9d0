package dev.hft.net.fix;

/**
 * FIX 4.4 tag numbers used by the codec, the session and the order-entry messages (FIX 4.4 specification,
 * volume 6, field dictionary). Any other tag is read and written by number.
 */
public final class FixTags {
    /** 8: BeginString, first field of every message. */
    public static final int BEGIN_STRING = 8;
    /** 9: BodyLength, second field: bytes from after this field to the SOH before CheckSum. */
    public static final int BODY_LENGTH = 9;
    /** 35: MsgType, third field. */
    public static final int MSG_TYPE = 35;
    /** 49: SenderCompID. */
    public static final int SENDER_COMP_ID = 49;
    /** 56: TargetCompID. */
    public static final int TARGET_COMP_ID = 56;
    /** 34: MsgSeqNum. */
    public static final int MSG_SEQ_NUM = 34;
    /** 52: SendingTime (UTCTimestamp). */
    public static final int SENDING_TIME = 52;
    /** 43: PossDupFlag (Y/N). */
    public static final int POSS_DUP_FLAG = 43;
    /** 97: PossResend (Y/N). */
    public static final int POSS_RESEND = 97;
    /** 122: OrigSendingTime, required when PossDupFlag=Y. */
    public static final int ORIG_SENDING_TIME = 122;
    /** 115: OnBehalfOfCompID. */
    public static final int ON_BEHALF_OF_COMP_ID = 115;
    /** 128: DeliverToCompID. */
    public static final int DELIVER_TO_COMP_ID = 128;
    /** 50: SenderSubID. */
    public static final int SENDER_SUB_ID = 50;
    /** 57: TargetSubID. */
    public static final int TARGET_SUB_ID = 57;
    /** 369: LastMsgSeqNumProcessed. */
    public static final int LAST_MSG_SEQ_NUM_PROCESSED = 369;
    /** 627: NoHops (group count). */
    public static final int NO_HOPS = 627;
    /** 628: HopCompID. */
    public static final int HOP_COMP_ID = 628;
    /** 629: HopSendingTime. */
    public static final int HOP_SENDING_TIME = 629;
    /** 630: HopRefID. */
    public static final int HOP_REF_ID = 630;
    /** 10: CheckSum, last field: three digits, sum of all preceding bytes modulo 256. */
    public static final int CHECK_SUM = 10;
    /** 93: SignatureLength. */
    public static final int SIGNATURE_LENGTH = 93;
    /** 89: Signature. */
    public static final int SIGNATURE = 89;
    /** 98: EncryptMethod (Logon). */
    public static final int ENCRYPT_METHOD = 98;
    /** 108: HeartBtInt in seconds (Logon). */
    public static final int HEART_BT_INT = 108;
    /** 141: ResetSeqNumFlag (Logon). */
    public static final int RESET_SEQ_NUM_FLAG = 141;
    /** 789: NextExpectedMsgSeqNum (Logon). */
    public static final int NEXT_EXPECTED_MSG_SEQ_NUM = 789;
    /** 553: Username (Logon). */
    public static final int USERNAME = 553;
    /** 554: Password (Logon). */
    public static final int PASSWORD = 554;
    /** 112: TestReqID (TestRequest, Heartbeat). */
    public static final int TEST_REQ_ID = 112;
    /** 7: BeginSeqNo (ResendRequest). */
    public static final int BEGIN_SEQ_NO = 7;
    /** 16: EndSeqNo (ResendRequest); 0 means infinity. */
    public static final int END_SEQ_NO = 16;
    /** 45: RefSeqNum (Reject, BusinessMessageReject). */
    public static final int REF_SEQ_NUM = 45;
    /** 371: RefTagID (Reject). */
    public static final int REF_TAG_ID = 371;
    /** 372: RefMsgType (Reject, BusinessMessageReject). */
    public static final int REF_MSG_TYPE = 372;
    /** 373: SessionRejectReason (Reject). */
    public static final int SESSION_REJECT_REASON = 373;
    /** 58: Text. */
    public static final int TEXT = 58;
    /** 123: GapFillFlag (SequenceReset). */
    public static final int GAP_FILL_FLAG = 123;
    /** 36: NewSeqNo (SequenceReset). */
    public static final int NEW_SEQ_NO = 36;
    /** 380: BusinessRejectReason (BusinessMessageReject). */
    public static final int BUSINESS_REJECT_REASON = 380;
    /** 379: BusinessRejectRefID (BusinessMessageReject). */
    public static final int BUSINESS_REJECT_REF_ID = 379;
    /** 384: NoMsgTypes (Logon group count). */
    public static final int NO_MSG_TYPES = 384;
    /** 464: TestMessageIndicator. */
    public static final int TEST_MESSAGE_INDICATOR = 464;
    /** 1: Account. */
    public static final int ACCOUNT = 1;
    /** 11: ClOrdID. */
    public static final int CL_ORD_ID = 11;
    /** 41: OrigClOrdID. */
    public static final int ORIG_CL_ORD_ID = 41;
    /** 37: OrderID. */
    public static final int ORDER_ID = 37;
    /** 17: ExecID. */
    public static final int EXEC_ID = 17;
    /** 150: ExecType. */
    public static final int EXEC_TYPE = 150;
    /** 39: OrdStatus. */
    public static final int ORD_STATUS = 39;
    /** 55: Symbol. */
    public static final int SYMBOL = 55;
    /** 48: SecurityID. */
    public static final int SECURITY_ID = 48;
    /** 22: SecurityIDSource. */
    public static final int SECURITY_ID_SOURCE = 22;
    /** 167: SecurityType. */
    public static final int SECURITY_TYPE = 167;
    /** 207: SecurityExchange. */
    public static final int SECURITY_EXCHANGE = 207;
    /** 54: Side. */
    public static final int SIDE = 54;
    /** 38: OrderQty. */
    public static final int ORDER_QTY = 38;
    /** 40: OrdType. */
    public static final int ORD_TYPE = 40;
    /** 44: Price. */
    public static final int PRICE = 44;
    /** 99: StopPx. */
    public static final int STOP_PX = 99;
    /** 59: TimeInForce. */
    public static final int TIME_IN_FORCE = 59;
    /** 18: ExecInst. */
    public static final int EXEC_INST = 18;
    /** 21: HandlInst. */
    public static final int HANDL_INST = 21;
    /** 60: TransactTime. */
    public static final int TRANSACT_TIME = 60;
    /** 15: Currency. */
    public static final int CURRENCY = 15;
    /** 110: MinQty. */
    public static final int MIN_QTY = 110;
    /** 111: MaxFloor. */
    public static final int MAX_FLOOR = 111;
    /** 126: ExpireTime. */
    public static final int EXPIRE_TIME = 126;
    /** 432: ExpireDate. */
    public static final int EXPIRE_DATE = 432;
    /** 151: LeavesQty. */
    public static final int LEAVES_QTY = 151;
    /** 14: CumQty. */
    public static final int CUM_QTY = 14;
    /** 6: AvgPx. */
    public static final int AVG_PX = 6;
    /** 31: LastPx. */
    public static final int LAST_PX = 31;
    /** 32: LastQty. */
    public static final int LAST_QTY = 32;
    /** 30: LastMkt. */
    public static final int LAST_MKT = 30;
    /** 29: LastCapacity. */
    public static final int LAST_CAPACITY = 29;
    /** 851: LastLiquidityInd. */
    public static final int LAST_LIQUIDITY_IND = 851;
    /** 75: TradeDate. */
    public static final int TRADE_DATE = 75;
    /** 64: SettlDate. */
    public static final int SETTL_DATE = 64;
    /** 103: OrdRejReason. */
    public static final int ORD_REJ_REASON = 103;
    /** 102: CxlRejReason. */
    public static final int CXL_REJ_REASON = 102;
    /** 434: CxlRejResponseTo. */
    public static final int CXL_REJ_RESPONSE_TO = 434;
    /** 528: OrderCapacity. */
    public static final int ORDER_CAPACITY = 528;
    /** 581: AccountType. */
    public static final int ACCOUNT_TYPE = 581;
    /** 583: ClOrdLinkID. */
    public static final int CL_ORD_LINK_ID = 583;
    /** 198: SecondaryOrderID. */
    public static final int SECONDARY_ORDER_ID = 198;
    /** 12: Commission. */
    public static final int COMMISSION = 12;
    /** 13: CommType. */
    public static final int COMM_TYPE = 13;
    /** 381: GrossTradeAmt. */
    public static final int GROSS_TRADE_AMT = 381;
    /** 453: NoPartyIDs (group count). */
    public static final int NO_PARTY_IDS = 453;
    /** 448: PartyID. */
    public static final int PARTY_ID = 448;
    /** 447: PartyIDSource. */
    public static final int PARTY_ID_SOURCE = 447;
    /** 452: PartyRole. */
    public static final int PARTY_ROLE = 452;
    /** 386: NoTradingSessions (group count). */
    public static final int NO_TRADING_SESSIONS = 386;
    /** 336: TradingSessionID. */
    public static final int TRADING_SESSION_ID = 336;
    /** 625: TradingSessionSubID. */
    public static final int TRADING_SESSION_SUB_ID = 625;
    /** 136: NoMiscFees (group count). */
    public static final int NO_MISC_FEES = 136;
    /** 137: MiscFeeAmt. */
    public static final int MISC_FEE_AMT = 137;
    /** 138: MiscFeeCurr. */
    public static final int MISC_FEE_CURR = 138;
    /** 139: MiscFeeType. */
    public static final int MISC_FEE_TYPE = 139;
    /** 382: NoContraBrokers (group count). */
    public static final int NO_CONTRA_BROKERS = 382;
    /** 375: ContraBroker. */
    public static final int CONTRA_BROKER = 375;
    /** 337: ContraTrader. */
    public static final int CONTRA_TRADER = 337;
    /** 215: NoRoutingIDs (group count). */
    public static final int NO_ROUTING_IDS = 215;
    /** 216: RoutingType. */
    public static final int ROUTING_TYPE = 216;
    /** 217: RoutingID. */
    public static final int ROUTING_ID = 217;

    private FixTags() {
    }
}
