package com.aftersales.api.repair;

/** R8, R14: the inspection a repair failed: the QC inspection (质检) or the sampling inspection (抽检). */
public enum QcStage {
    QC,
    SAMPLING
}
