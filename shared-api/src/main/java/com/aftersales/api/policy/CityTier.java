package com.aftersales.api.policy;

/** X5: the city tiers the caps of an expense category differ by. */
public enum CityTier {
    TIER_1,
    TIER_2,
    OTHER
}
