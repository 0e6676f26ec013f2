package com.aftersales.app.faultcategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.faultcategory.FaultCategoryDefinedEvent;
import com.aftersales.api.faultcategory.FaultCategoryReinstatedEvent;
import com.aftersales.api.faultcategory.FaultCategoryRenamedEvent;
import com.aftersales.api.faultcategory.FaultCategoryRetiredEvent;
import com.aftersales.api.faultcategory.FaultCategoryView;
import com.aftersales.api.faultcategory.FindFaultCategoriesQuery;
import com.aftersales.api.repair.FaultType;
import com.aftersales.app.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fault-category list as people read it (R3): given these events in the store, then these rows.
 * The events are published under a stream of the test's own, so the real list is left alone; the
 * read model only counts each stream's sequence numbers.
 */
class FaultCategoryProjectionIntegrationTest extends IntegrationTest {
    private static final Instant T0 = Instant.parse("2031-05-01T02:00:00Z");

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    QueryGateway queries;

    @Test
    void aCategoryIsListedRenamedRetiredAndReinstated_R3() {
        String code = code();
        given(
                new FaultCategoryDefinedEvent(code, "冷却", "Cooling", FaultType.HARDWARE, true),
                new FaultCategoryRenamedEvent(code, "冷却系统", "Cooling system", "冷却", "Cooling"),
                new FaultCategoryRetiredEvent(code, "并入"));

        FaultCategoryView retired = awaitVersion(code, 2);
        assertThat(retired)
                .isEqualTo(new FaultCategoryView(
                        code, "冷却系统", "Cooling system", FaultType.HARDWARE, true, false, T0.plusSeconds(2), 2));
        assertThat(find(code, false)).as("not offered").isNull();
    }

    @Test
    void aReinstatedCategoryIsOfferedAgain_R3() {
        String code = code();
        given(
                new FaultCategoryDefinedEvent(code, "固件", "Firmware", FaultType.SOFTWARE, false),
                new FaultCategoryRetiredEvent(code, "停用"),
                new FaultCategoryReinstatedEvent(code, "恢复"));

        FaultCategoryView view = awaitVersion(code, 2);
        assertThat(view.active()).isTrue();
        assertThat(find(code, false)).isEqualTo(view);
        assertThat(view.coreComponent()).isFalse();
        assertThat(view.faultType()).isEqualTo(FaultType.SOFTWARE);
    }

    @Test
    void theListIsByCode_R3() {
        List<String> codes = queries
                .query(new FindFaultCategoriesQuery(true), ResponseTypes.multipleInstancesOf(FaultCategoryView.class))
                .join()
                .stream()
                .map(FaultCategoryView::code)
                .toList();
        assertThat(codes).isSorted().contains("PAPER_FEED", "SPINDLE");
    }

    private void given(Object... events) {
        String stream = "fault-category-list-test-" + UUID.randomUUID();
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            messages.add(new GenericDomainEventMessage<>(
                    "FaultCategoryList",
                    stream,
                    i,
                    events[i],
                    Map.of("userId", "U-TEST", "role", "QUALITY"),
                    UUID.randomUUID().toString(),
                    T0.plusSeconds(i)));
        }
        transaction.executeWithoutResult(status -> eventStore.publish(messages));
    }

    private FaultCategoryView awaitVersion(String code, long version) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            FaultCategoryView view = find(code, true);
            return view != null && view.listVersion() == version;
        });
        return find(code, true);
    }

    private FaultCategoryView find(String code, boolean includeRetired) {
        return queries
                .query(
                        new FindFaultCategoriesQuery(includeRetired),
                        ResponseTypes.multipleInstancesOf(FaultCategoryView.class))
                .join()
                .stream()
                .filter(view -> view.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private static String code() {
        return "P_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
