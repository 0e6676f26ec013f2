package com.aftersales.app.lineage;

import com.aftersales.api.lineage.FindSerialLineageQuery;
import com.aftersales.api.lineage.SerialLineageView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The lineage query, shared by the API and the page. */
@Component
class SerialLineages {
    private final QueryGateway queries;

    SerialLineages(QueryGateway queries) {
        this.queries = queries;
    }

    SerialLineageView of(String serialNumber) {
        return queries.query(new FindSerialLineageQuery(serialNumber.strip()), SerialLineageView.class)
                .join();
    }
}
