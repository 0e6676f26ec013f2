package com.aftersales.app.workload;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Who and what the generated history is about: the field engineers, the customers and the units
 * they own, every unit registered in the serial registry a few days before the history starts.
 * Drawn from the seed, so the same seed and sizes give the same population.
 */
record WorkloadPopulation(List<UserId> engineers, List<CustomerId> customers, List<Unit> units) {

    /** A unit in the serial registry: its model, its kind of faults, its owner, when it was sold. */
    record Unit(String serialNumber, Model model, int owner, LocalDate soldOn) {}

    /** A product line the company services, with the fault categories of its repairs and their part. */
    enum Model {
        PRINTER("P-2200", List.of("PAPER_FEED", "FUSER", "IMAGING"), "P-ROLLER-22"),
        CNC("CNC-850", List.of("SPINDLE", "HYDRAULIC", "SERVO_DRIVE"), "P-SERVO-ENC-7"),
        XRAY("DX3", List.of("IMAGING", "SENSOR", "POWER_SUPPLY"), "DX3-CABLE"),
        PANEL("HMI-70", List.of("CONTROL_PANEL", "MAINBOARD", "POWER_SUPPLY"), "HMI-BOARD-3");

        final String code;
        final List<String> faultCategories;
        final String part;

        Model(String code, List<String> faultCategories, String part) {
            this.code = code;
            this.faultCategories = faultCategories;
            this.part = part;
        }
    }

    static String engineerId(int index) {
        return "U-WL-ENG-%03d".formatted(index + 1);
    }

    static String customerName(int index) {
        return "负载客户 %05d (workload customer)".formatted(index + 1);
    }

    /** One customer for every twenty units, at least ten. */
    static int customerCount(int units) {
        return Math.max(10, units / 20);
    }

    static WorkloadPopulation draw(long seed, int engineers, List<CustomerId> customers, int units, LocalDate start) {
        Random random = new Random(seed);
        Model[] models = Model.values();
        List<Unit> drawn = IntStream.range(0, units)
                .mapToObj(i -> new Unit(
                        "SN-WL-%06d".formatted(i + 1),
                        models[random.nextInt(models.length)],
                        random.nextInt(customers.size()),
                        start.minusDays(5 + random.nextInt(25))))
                .toList();
        List<UserId> staff = IntStream.range(0, engineers)
                .mapToObj(i -> new UserId(engineerId(i)))
                .toList();
        return new WorkloadPopulation(staff, List.copyOf(customers), drawn);
    }

    CustomerId ownerOf(Unit unit) {
        return customers.get(unit.owner());
    }
}
