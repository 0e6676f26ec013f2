package com.aftersales.command.serial;

import java.util.Optional;

/**
 * The serial registry (R2) as the command side reads it: the facts of a serial number as committed,
 * plus the writes of the current transaction. A repair's diagnosis judges warranty by it.
 */
public interface SerialRegistry {
    Optional<RegisteredSerial> find(String serialNumber);
}
