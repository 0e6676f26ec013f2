package com.aftersales.command.expense.fraud;

import com.aftersales.command.expense.ClaimUnderScreening;
import java.util.List;

/** X3–X5, X7: gathers from the lookup tables what the rules need to know about a claim's engineer. */
public interface ScreeningLookups {
    ScreeningFacts gather(ClaimUnderScreening claim, List<RegisteredKey> earlierHolders);
}
