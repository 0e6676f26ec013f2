package com.aftersales.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.parts.PartsIssuedEvent;
import com.aftersales.api.parts.PartsReceivedEvent;
import com.aftersales.api.parts.PartsRequisitionId;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.command.parts.PartStock;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * A snapshot of a part's stock holds the whole state, and its shape is its revision's (ADR 0012).
 * The aggregate decides R15 (never below zero, the moving average) on that state, so a field the
 * snapshot dropped would decide on a wrong one.
 */
class PartStockSnapshotTest {
    private static final String GOLDEN = "/snapshots/PartStock.v1.json";
    private static final PartsReceivedEvent FIRST_RECEIPT = new PartsReceivedEvent(
            "P-SNAP-1", 10, new BigDecimal("180.50"), "SUP-1", 10, new BigDecimal("180.50"), new BigDecimal("0.00"));
    private final Serializer serializer = SnapshotSerializer.create();

    @Test
    void aSnapshotGivesBackEveryFieldOfThePartsStockExactly_R15() {
        PartStock stock = sourced(
                FIRST_RECEIPT,
                new PartsIssuedEvent(
                        "P-SNAP-1",
                        PartsRequisitionId.random(),
                        RepairOrderId.random(),
                        3,
                        new BigDecimal("180.50"),
                        7),
                new PartsReceivedEvent(
                        "P-SNAP-1",
                        2,
                        new BigDecimal("99.99"),
                        "SUP-2",
                        9,
                        new BigDecimal("162.61"),
                        new BigDecimal("-0.01")));
        assertEveryFieldSet(stock);

        PartStock copy = serializer.deserialize(serializer.serialize(stock, byte[].class));

        // java.* values by equals: 162.61 and 162.610 would differ, as the average's scale must not
        assertThat(copy).usingRecursiveComparison().isEqualTo(stock);
    }

    @Test
    void theSnapshotsShapeIsItsRevisionsAndChangesOnlyWithIt() throws IOException {
        PartStock stock = sourced(FIRST_RECEIPT);

        SerializedObject<byte[]> snapshot = serializer.serialize(stock, byte[].class);

        assertThat(snapshot.getType().getName()).isEqualTo(PartStock.class.getName());
        assertThat(snapshot.getType().getRevision())
                .as("@Revision of PartStock: a new shape needs a new revision and a golden file of it")
                .isEqualTo("1");
        String golden;
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream(GOLDEN), GOLDEN)) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertThat(new String(snapshot.getData(), StandardCharsets.UTF_8))
                .as(
                        "PartStock's fields changed: raise its @Revision (old snapshots are then passed over) and add %s",
                        GOLDEN.replace("v1", "v2"))
                .isEqualTo(golden);
        assertThat(serializer.<byte[], PartStock>deserialize(snapshot))
                .usingRecursiveComparison()
                .isEqualTo(stock);
    }

    /** The stock as Axon sources it: its event-sourcing handlers applied to each event in turn. */
    private static PartStock sourced(Object... events) {
        AggregateModel<PartStock> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(PartStock.class);
        List<GenericDomainEventMessage<Object>> messages = Arrays.stream(events)
                .map(event -> new GenericDomainEventMessage<>("PartStock", "part:P-SNAP-1", 0, event))
                .toList();
        PartStock stock = new GenericAggregateFactory<>(model).createAggregateRoot("part:P-SNAP-1", messages.get(0));
        messages.forEach(message -> model.publish(message, stock));
        return stock;
    }

    /** A field left at its default would pass the comparison even if the snapshot never wrote it. */
    private static void assertEveryFieldSet(Object aggregate) {
        for (Field field : aggregate.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object value;
            try {
                value = field.get(aggregate);
            } catch (IllegalAccessException unreadable) {
                throw new AssertionError(unreadable);
            }
            assertThat(value)
                    .as("field %s: extend the history so that it is set", field.getName())
                    .isNotNull()
                    .isNotIn(0, false, BigDecimal.ZERO.setScale(2));
        }
    }
}
