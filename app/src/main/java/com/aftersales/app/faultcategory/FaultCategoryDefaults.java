package com.aftersales.app.faultcategory;

import com.aftersales.api.faultcategory.FaultCategoryDefinition;
import com.aftersales.api.repair.FaultType;
import java.util.List;

/**
 * R3: the list the company starts with, recorded once by the system at the first start ({@link
 * FirstFaultCategories}); afterwards the list changes only through its events. Core components
 * (R9) are the parts whose repeated failure can lead to an exchange: the main assemblies of the
 * machines and printers the company services.
 */
final class FaultCategoryDefaults {
    private FaultCategoryDefaults() {}

    static final List<FaultCategoryDefinition> CATEGORIES = List.of(
            new FaultCategoryDefinition("PAPER_FEED", "进纸/卡纸", "Paper feed / jam", FaultType.HARDWARE, false),
            new FaultCategoryDefinition("FUSER", "定影单元", "Fuser unit", FaultType.HARDWARE, true),
            new FaultCategoryDefinition("IMAGING", "成像", "Imaging", FaultType.HARDWARE, true),
            new FaultCategoryDefinition("SPINDLE", "主轴", "Spindle", FaultType.HARDWARE, true),
            new FaultCategoryDefinition("HYDRAULIC", "液压/漏油", "Hydraulics / oil leak", FaultType.HARDWARE, true),
            new FaultCategoryDefinition("SERVO_DRIVE", "伺服驱动", "Servo drive", FaultType.HARDWARE, true),
            new FaultCategoryDefinition("MAINBOARD", "主板", "Main board", FaultType.HARDWARE, true),
            new FaultCategoryDefinition("POWER_SUPPLY", "电源", "Power supply", FaultType.HARDWARE, true),
            new FaultCategoryDefinition("SENSOR", "传感器", "Sensor", FaultType.HARDWARE, false),
            new FaultCategoryDefinition("CONTROL_PANEL", "操作面板", "Control panel", FaultType.HARDWARE, false),
            new FaultCategoryDefinition("SOFTWARE_BUG", "软件缺陷", "Software bug", FaultType.SOFTWARE, false),
            new FaultCategoryDefinition("FIRMWARE", "固件", "Firmware", FaultType.SOFTWARE, false),
            new FaultCategoryDefinition("CONFIGURATION", "参数设置", "Configuration", FaultType.SOFTWARE, false),
            new FaultCategoryDefinition("HOUSING", "外壳", "Housing", FaultType.COSMETIC, false),
            new FaultCategoryDefinition("SCRATCH_DENT", "划伤/磕碰", "Scratch / dent", FaultType.COSMETIC, false),
            new FaultCategoryDefinition("LIQUID_DAMAGE", "进液", "Liquid damage", FaultType.MISUSE, false),
            new FaultCategoryDefinition("DROP_IMPACT", "跌落/撞击", "Drop / impact", FaultType.MISUSE, false),
            new FaultCategoryDefinition("SELF_DISASSEMBLY", "私自拆修", "Self-disassembly", FaultType.MISUSE, false),
            new FaultCategoryDefinition("ABNORMAL_VOLTAGE", "电压异常", "Abnormal voltage", FaultType.MISUSE, false));
}
