package com.aftersales.app.demo;

import java.util.List;

/**
 * The demo users of the README, one per role, and some who hold several roles: they must choose
 * the role they act in (X-Acting-Role), which is what the ledger records.
 */
public final class DemoUsers {
    public static final String PASSWORD = "demo";

    public record DemoUser(String userId, String username, String displayName, List<String> roles) {}

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("U-CLERK-01", "clerk", "李娜 Li Na (客服)", List.of("CLERK")),
            new DemoUser("U-ENG-01", "engineer", "张伟 Zhang Wei (工程师)", List.of("ENGINEER")),
            new DemoUser("U-ENG-02", "engineer2", "王强 Wang Qiang (工程师)", List.of("ENGINEER")),
            new DemoUser("U-SUP-01", "supervisor", "刘洋 Liu Yang (主管)", List.of("SUPERVISOR")),
            new DemoUser("U-QA-01", "quality", "陈静 Chen Jing (质检)", List.of("QUALITY")),
            new DemoUser("U-FIN-01", "finance", "杨敏 Yang Min (财务)", List.of("FINANCE")),
            new DemoUser("U-MGR-01", "manager", "赵磊 Zhao Lei (总经办)", List.of("MANAGER")),
            new DemoUser("U-ADM-01", "admin", "系统管理员 Admin", List.of("ADMIN", "CLERK", "SUPERVISOR")),
            // A small office: the clerk also goes out as an engineer.
            new DemoUser("U-CLKENG-01", "fieldclerk", "孙丽 Sun Li (客服兼工程师)", List.of("CLERK", "ENGINEER")),
            // The lead engineer supervises the others and still serves customers.
            new DemoUser("U-LEAD-01", "lead", "周杰 Zhou Jie (技术主管兼工程师)", List.of("ENGINEER", "SUPERVISOR")));

    private DemoUsers() {}
}
