package com.aftersales.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// Scans com.aftersales so the @Aggregate classes of the command side are found.
@SpringBootApplication(scanBasePackages = "com.aftersales")
@ConfigurationPropertiesScan
public class AftersalesLedgerApplication {
    public static void main(String[] args) {
        // The machines this runs on have no internet; Axon's update check would only log failures.
        // An operator can still turn it on with -Daxoniq.update-checker.disabled=false.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(AftersalesLedgerApplication.class, args);
    }
}
