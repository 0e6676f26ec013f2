package com.aftersales.api.ticket;

/** T1: how a request reached us (来电 / 在线 / 邮件 / 来函 / 来人 / 电商平台). */
public enum IntakeChannel {
    PHONE,
    ONLINE_CHAT,
    EMAIL,
    LETTER,
    WALK_IN,
    E_COMMERCE
}
