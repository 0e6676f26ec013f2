package com.aftersales.command.policy;

/** A policy version was asked for that has not been recorded (or no version at all exists yet). */
public class UnknownPolicyVersionException extends RuntimeException {
    public UnknownPolicyVersionException(String message) {
        super(message);
    }
}
