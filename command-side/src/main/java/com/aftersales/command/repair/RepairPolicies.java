package com.aftersales.command.repair;

/** The repair numbers of the policy version in force, for a command to use and record (ADR 0010). */
@FunctionalInterface
public interface RepairPolicies {
    RepairPolicy current();
}
