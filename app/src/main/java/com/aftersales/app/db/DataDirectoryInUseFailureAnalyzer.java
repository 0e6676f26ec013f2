package com.aftersales.app.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a refused second start as Spring Boot's short "APPLICATION FAILED TO START" report. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.description(), DataDirectoryInUseException.action(), cause);
    }
}
