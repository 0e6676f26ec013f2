package com.aftersales.app.repair;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * For the repair pages' templates ({@code @repairFormText}): a list typed one item per line shown
 * back in its textarea, as {@link RepairFormBinding} reads it.
 */
@Component("repairFormText")
public class RepairFormText {
    public String lines(List<String> items) {
        return items == null ? "" : String.join("\n", items);
    }
}
