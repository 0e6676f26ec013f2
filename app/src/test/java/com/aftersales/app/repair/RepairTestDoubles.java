package com.aftersales.app.repair;

import com.aftersales.command.serial.RegisteredSerial;
import com.aftersales.command.serial.SerialRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TESTS ONLY, until the serial registry (JdbcSerialRegistry, R2) and the fault-category list (R3)
 * are merged: a serial registry the tests fill, and a category list that takes any non-blank code
 * except those starting with RETIRED. A plain configuration in the test sources, found by the
 * application's scan in every integration test; main has neither. Delete it once both are merged.
 */
@Configuration(proxyBeanMethods = false)
public class RepairTestDoubles {

    /** The serial registry of the tests: serials put here are what the command side reads. */
    public static final class FilledSerialRegistry implements SerialRegistry {
        private final Map<String, RegisteredSerial> serials = new ConcurrentHashMap<>();

        public void put(RegisteredSerial serial) {
            serials.put(serial.serialNumber(), serial);
        }

        @Override
        public Optional<RegisteredSerial> find(String serialNumber) {
            return Optional.ofNullable(serials.get(serialNumber));
        }
    }

    @Bean
    @ConditionalOnMissingBean(SerialRegistry.class)
    FilledSerialRegistry testSerialRegistry() {
        return new FilledSerialRegistry();
    }
}
