package com.aftersales.command.expense.fraud;

/**
 * X5: what each fraud rule's flag adds to a claim's risk score. The risk score of a claim is the
 * sum of the weights of its flags finance has not dismissed (the read side computes it). The
 * weights rank how directly a flag shows a falsified receipt:
 *
 * <table>
 *   <caption>Weights</caption>
 *   <tr><th>Rule</th><th>Weight</th><th>Why</th></tr>
 *   <tr><td>DUPLICATE_INVOICE</td><td>50</td><td>an invoice can be reimbursed once</td></tr>
 *   <tr><td>DUPLICATE_RECEIPT_FILE</td><td>40</td><td>the same scan twice, under any invoice number</td></tr>
 *   <tr><td>NO_MATCHING_DISPATCH</td><td>40</td><td>no recorded work justifies the trip (X4)</td></tr>
 *   <tr><td>ISSUE_CITY_OFF_TRIP</td><td>30</td><td>the receipt comes from somewhere the trip did not go (X3)</td></tr>
 *   <tr><td>RECORDED_ELSEWHERE</td><td>30</td><td>the engineer was recorded in another city that day</td></tr>
 *   <tr><td>ISSUE_DATE_OUTSIDE_TRIP</td><td>20</td><td>the receipt is from outside the trip (X3)</td></tr>
 *   <tr><td>SPLIT_CLAIMS</td><td>20</td><td>claims of one trip that each avoid the approval limit</td></tr>
 *   <tr><td>PHONE_DUTY_FAILURE</td><td>15</td><td>the allowance is forfeited, not a falsification (X7)</td></tr>
 *   <tr><td>OVER_POLICY_CAP</td><td>10</td><td>over the cap is paid at most the cap, often honestly</td></tr>
 *   <tr><td>ROUND_AMOUNT</td><td>5</td><td>a weak signal alone, which only adds to others</td></tr>
 * </table>
 */
public final class RiskWeights {
    public static final int DUPLICATE_INVOICE = 50;
    public static final int DUPLICATE_RECEIPT_FILE = 40;
    public static final int NO_MATCHING_DISPATCH = 40;
    public static final int ISSUE_CITY_OFF_TRIP = 30;
    public static final int RECORDED_ELSEWHERE = 30;
    public static final int ISSUE_DATE_OUTSIDE_TRIP = 20;
    public static final int SPLIT_CLAIMS = 20;
    public static final int PHONE_DUTY_FAILURE = 15;
    public static final int OVER_POLICY_CAP = 10;
    public static final int ROUND_AMOUNT = 5;

    private RiskWeights() {}
}
