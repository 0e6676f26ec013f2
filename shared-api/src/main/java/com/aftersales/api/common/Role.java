package com.aftersales.api.common;

/** The roles of the business (docs/domain/README.md, "Roles"). */
public enum Role {
    CLERK,
    ENGINEER,
    SUPERVISOR,
    QUALITY,
    FINANCE,
    MANAGER,
    ADMIN
}
