package com.aftersales.api.repair;

/**
 * R3: what the diagnosing engineer found about the cause besides the fault type. Customer-caused:
 * {@code misuse}, {@code liquid} damage, {@code selfDisassembly}; {@code forceMajeure} (disaster,
 * abnormal voltage); {@code supplierPart} (a purchased part failed) or {@code outsourcedProduct} (a
 * product made by a supplier), with the {@code supplierName} then.
 */
public record CauseFlags(
        boolean misuse,
        boolean liquid,
        boolean selfDisassembly,
        boolean forceMajeure,
        boolean supplierPart,
        boolean outsourcedProduct,
        String supplierName) {

    public static final CauseFlags NONE = new CauseFlags(false, false, false, false, false, false, null);

    /** Misuse, liquid or self-disassembly. */
    public boolean customerCaused() {
        return misuse || liquid || selfDisassembly;
    }

    /** A supplier's part or a supplier's product. */
    public boolean supplierCaused() {
        return supplierPart || outsourcedProduct;
    }
}
