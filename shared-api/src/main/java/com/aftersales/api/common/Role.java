package com.aftersales.api.common;

/** The roles of RULES.md ("People and roles"). */
public enum Role {
    CLERK,
    ENGINEER,
    SUPERVISOR,
    QUALITY,
    FINANCE,
    MANAGER,
    ADMIN
}
