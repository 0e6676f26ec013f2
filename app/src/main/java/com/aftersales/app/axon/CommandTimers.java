package com.aftersales.app.axon;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * Command latency per command type, dispatch to result, as {@code ledger_command_seconds{command,
 * outcome}} (docs/operations.md#metrics). One timer per type and outcome, looked up in a map: the
 * profile of a write showed Axon's own micrometer monitors (axon-micrometer, dimensional) building
 * and registering their meters anew on every message, and watching every event on every
 * processor, for about a third of the application's CPU (docs/adr/0012-write-path-tuning.md).
 */
final class CommandTimers implements MessageMonitor<Message<?>> {
    static final String NAME = "ledger.command";

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    CommandTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        String command = message instanceof CommandMessage<?> sent ? simpleName(sent.getCommandName()) : "?";
        long start = System.nanoTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                record(command, "success", start);
            }

            @Override
            public void reportFailure(Throwable cause) {
                record(command, "failure", start);
            }

            @Override
            public void reportIgnored() {
                record(command, "ignored", start);
            }
        };
    }

    private void record(String command, String outcome, long start) {
        timers.computeIfAbsent(
                        command + ' ' + outcome,
                        key -> Timer.builder(NAME)
                                .description("command latency, dispatch to result")
                                .tag("command", command)
                                .tag("outcome", outcome)
                                .register(registry))
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private static String simpleName(String commandName) {
        return commandName.substring(commandName.lastIndexOf('.') + 1);
    }
}
