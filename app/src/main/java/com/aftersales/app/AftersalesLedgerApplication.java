package com.aftersales.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// Scans com.aftersales so the @Aggregate classes of the command side are found.
@SpringBootApplication(scanBasePackages = "com.aftersales")
@ConfigurationPropertiesScan
public class AftersalesLedgerApplication {
    public static void main(String[] args) {
        SpringApplication.run(AftersalesLedgerApplication.class, args);
    }
}
