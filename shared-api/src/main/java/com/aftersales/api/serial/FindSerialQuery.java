package com.aftersales.api.serial;

/** R2: a registered unit's facts and completed repairs; answered with an optional {@link SerialView}. */
public record FindSerialQuery(String serialNumber) {}
