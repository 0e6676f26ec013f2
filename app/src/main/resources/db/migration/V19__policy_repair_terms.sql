-- The repair family of the company policy gained the numbers of R3, R5, R7, R9, R10 and R14
-- (PolicySettingsChangedEvent revision 2). Versions recorded before read, through the event's
-- upcaster, as having had the rules' defaults; their command-side copies get the same numbers, so
-- the table and the events say the same. Only rows without the new numbers change.
update policy_version
set settings = jsonb_set(settings, '{repair}', (settings -> 'repair') || '{
        "diagnosisHours": 24,
        "urgentDiagnosisHours": 4,
        "customerNoticeWorkingDays": 1,
        "outsourceChaseWorkingDays": 3,
        "samplingPercent": 10,
        "managementFeePercent": 10,
        "exchangeUnusedWithinDays": 7,
        "refundWithinDaysOfPurchase": 15,
        "refundLateWorkingDays": 10,
        "depreciationMonths": 24
    }'::jsonb)
where not (settings -> 'repair') ? 'diagnosisHours';
