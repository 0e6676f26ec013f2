package com.aftersales.app.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.api.expense.SubmitExpenseClaimCommand;
import com.aftersales.api.repair.DiagnoseRepairCommand;
import com.aftersales.api.repair.OpenRepairOrderCommand;
import com.aftersales.api.ticket.RecordDispatchCommand;
import com.aftersales.api.ticket.RegisterServiceTicketCommand;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generated history: the same for the same seed, and made of commands the rules accept. */
class WorkloadDayTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final int DAYS = 334;

    @Test
    void theSameSeedAndRoundGiveTheSameCommandsAndAnotherSeedOthers() {
        assertThat(plan(42, 7)).isEqualTo(plan(42, 7));
        assertThat(plan(43, 7)).isNotEqualTo(plan(42, 7));
        assertThat(plan(42, 8)).isNotEqualTo(plan(42, 7));
    }

    @Test
    void everyTicketStartsWithItsRegistrationAndEveryCommandHasAnActorInARole() {
        List<List<Step>> tickets = day(42, 3, 3, true).plan(40);

        assertThat(tickets).hasSize(40);
        assertThat(tickets)
                .allSatisfy(
                        ticket -> assertThat(ticket.get(0).command()).isInstanceOf(RegisterServiceTicketCommand.class));
        assertThat(tickets.stream().flatMap(List::stream)).allSatisfy(step -> {
            assertThat(step.actor().userId()).isNotBlank();
            assertThat(step.actor().role()).isNotBlank();
            assertThat(step.actor().correlationId()).isEqualTo(WorkloadDay.CORRELATION);
        });
    }

    @Test
    void theHistoryHoldsEveryKindOfWorkTheBenchmarkMeasures() {
        List<Object> commands = IntStream.range(0, 30)
                .boxed()
                .flatMap(round -> day(42, round, round, true).plan(40).stream())
                .flatMap(List::stream)
                .map(Step::command)
                .toList();

        assertThat(commands).hasAtLeastOneElementOfType(RecordDispatchCommand.class);
        assertThat(commands).hasAtLeastOneElementOfType(SubmitExpenseClaimCommand.class);
        assertThat(commands).hasAtLeastOneElementOfType(DiagnoseRepairCommand.class);
        assertThat(commands)
                .anySatisfy(command ->
                        assertThat(command.getClass().getSimpleName()).isEqualTo("RegisterComplaintCommand"));
        // R12: some units come back to the workshop with the fault of their earlier repair
        Map<String, Integer> ordersPerSerial = new HashMap<>();
        commands.stream()
                .filter(OpenRepairOrderCommand.class::isInstance)
                .map(command -> ((OpenRepairOrderCommand) command).serialNumber())
                .forEach(serial -> ordersPerSerial.merge(serial, 1, Integer::sum));
        assertThat(ordersPerSerial.values())
                .anySatisfy(orders -> assertThat(orders).isGreaterThan(1));
    }

    /** X5 RECORDED_ELSEWHERE: an engineer's trips never overlap, so no honest claim is flagged for it. */
    @Test
    void noEngineerIsOnTwoTripsOnTheSameDay() {
        Map<String, List<LocalDate[]>> trips = new HashMap<>();
        for (int round = 0; round < 60; round++) {
            for (List<Step> ticket : day(42, round, round, true).plan(40)) {
                ticket.stream()
                        .map(Step::command)
                        .filter(RecordDispatchCommand.class::isInstance)
                        .map(RecordDispatchCommand.class::cast)
                        .forEach(dispatch -> trips.computeIfAbsent(
                                        dispatch.engineerId().value(), e -> new ArrayList<>())
                                .add(new LocalDate[] {dispatch.startDate(), dispatch.endDate()}));
            }
        }
        assertThat(trips).isNotEmpty();
        trips.forEach((engineer, dates) -> {
            for (int i = 0; i < dates.size(); i++) {
                for (int j = i + 1; j < dates.size(); j++) {
                    LocalDate[] a = dates.get(i);
                    LocalDate[] b = dates.get(j);
                    assertThat(a[1].isBefore(b[0]) || b[1].isBefore(a[0]))
                            .as("%s travels %s–%s and %s–%s", engineer, a[0], a[1], b[0], b[1])
                            .isTrue();
                }
            }
        });
    }

    @Test
    void aDayReplayedByALaterWaveSendsNobodyOut() {
        assertThat(day(42, DAYS + 5, 5, false).plan(40).stream()
                        .flatMap(List::stream)
                        .map(Step::command))
                .noneMatch(RecordDispatchCommand.class::isInstance);
    }

    @Test
    void theDaysAreTakenMonthByMonthInTurn() {
        int[] order = WorkloadGenerator.interleavedMonths(START, DAYS);

        assertThat(order).hasSize(DAYS).doesNotHaveDuplicates();
        assertThat(IntStream.of(order).limit(11).mapToObj(START::plusDays).map(LocalDate::getDayOfMonth))
                .containsOnly(1);
        assertThat(IntStream.of(order).limit(11).mapToObj(START::plusDays).map(LocalDate::getMonthValue))
                .doesNotHaveDuplicates();
    }

    private static List<List<Step>> plan(long seed, int round) {
        return day(seed, round, round, true).plan(20);
    }

    private static WorkloadDay day(long seed, int round, int dayIndex, boolean firstWave) {
        List<CustomerId> customers = IntStream.range(0, 10)
                .mapToObj(i -> new CustomerId("00000000-0000-0000-0000-00000000000" + i))
                .toList();
        WorkloadPopulation population = WorkloadPopulation.draw(seed, 12, customers, 300, START);
        return new WorkloadDay(
                population,
                seed,
                round,
                dayIndex,
                firstWave,
                START,
                TODAY,
                SHANGHAI,
                (invoice, engineer) -> new ReceiptFile("0".repeat(64), "application/pdf", invoice + ".pdf", 68));
    }
}
