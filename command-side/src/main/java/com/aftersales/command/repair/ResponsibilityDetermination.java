package com.aftersales.command.repair;

import com.aftersales.api.repair.CauseFlags;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.Payer;
import com.aftersales.api.repair.Responsibility;
import com.aftersales.api.repair.ResponsibilityPath;
import com.aftersales.api.repair.WarrantyFacts;
import com.aftersales.command.serial.RegisteredSerial;
import java.time.LocalDate;

/**
 * R3: who is responsible for a fault and who pays, from the serial's warranty on the diagnosis
 * date (R2), the fault type and the cause flags. In order: force majeure → negotiated; a
 * supplier's part or product → the supplier; out of warranty → the customer; in warranty and
 * caused by the customer (misuse fault type, misuse, liquid, self-disassembly) → the customer at
 * cost price; otherwise the company. Pure: the inputs go into the result, so it reproduces.
 */
public final class ResponsibilityDetermination {
    private ResponsibilityDetermination() {}

    public static Responsibility determine(
            RegisteredSerial serial, LocalDate judgedOn, FaultType faultType, CauseFlags causes, RepairPolicy policy) {
        int months = policy.warrantyMonths();
        WarrantyFacts warranty = new WarrantyFacts(
                serial.registryVersion(),
                serial.warrantyStartsOn(),
                serial.warrantyEndsOn(months),
                months,
                judgedOn,
                serial.inWarrantyOn(judgedOn, months));
        ResponsibilityPath path = path(warranty.inWarranty(), faultType, causes);
        return new Responsibility(warranty, faultType, causes, policy.version(), path, payer(path));
    }

    static ResponsibilityPath path(boolean inWarranty, FaultType faultType, CauseFlags causes) {
        if (causes.forceMajeure()) {
            return ResponsibilityPath.FORCE_MAJEURE;
        }
        if (causes.supplierCaused()) {
            return ResponsibilityPath.SUPPLIER;
        }
        if (!inWarranty) {
            return ResponsibilityPath.OUT_OF_WARRANTY;
        }
        if (faultType == FaultType.MISUSE || causes.customerCaused()) {
            return ResponsibilityPath.IN_WARRANTY_CUSTOMER_CAUSED;
        }
        return ResponsibilityPath.IN_WARRANTY_COMPANY;
    }

    static Payer payer(ResponsibilityPath path) {
        return switch (path) {
            case IN_WARRANTY_COMPANY -> Payer.COMPANY;
            case IN_WARRANTY_CUSTOMER_CAUSED, OUT_OF_WARRANTY -> Payer.CUSTOMER;
            case FORCE_MAJEURE -> Payer.NEGOTIATED;
            case SUPPLIER -> Payer.SUPPLIER;
        };
    }
}
