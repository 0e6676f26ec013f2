package com.aftersales.api.serial;

import java.time.LocalDate;

/** R2: a completed repair extended the warranty until {@code extendedUntil}. */
public record WarrantyExtensionView(String repairOrderId, LocalDate completedOn, LocalDate extendedUntil) {}
