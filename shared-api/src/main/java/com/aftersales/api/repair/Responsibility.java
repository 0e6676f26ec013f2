package com.aftersales.api.repair;

/**
 * R3: the warranty and responsibility determination of a diagnosis with everything it was decided
 * from, so that it reads the same after the registry or the policy changes: the registry facts,
 * the cause flags, the fault type, the policy version, the path taken and the payer.
 */
public record Responsibility(
        WarrantyFacts warranty,
        FaultType faultType,
        CauseFlags causes,
        int policyVersion,
        ResponsibilityPath path,
        Payer payer) {}
