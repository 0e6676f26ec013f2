package com.aftersales.api.repair;

/** R3: which branch of the responsibility rule a diagnosis took. */
public enum ResponsibilityPath {
    /** In warranty and not caused by the customer: the company repairs or exchanges free. */
    IN_WARRANTY_COMPANY,
    /** In warranty but caused by the customer (misuse, liquid, self-disassembly): the customer pays cost price. */
    IN_WARRANTY_CUSTOMER_CAUSED,
    /** Out of warranty: paid repair, or exchange at depreciated value. */
    OUT_OF_WARRANTY,
    /** Disaster or abnormal voltage: negotiated with the customer. */
    FORCE_MAJEURE,
    /** A supplier's part or outsourced product: the supplier pays, claimed through purchasing. */
    SUPPLIER
}
