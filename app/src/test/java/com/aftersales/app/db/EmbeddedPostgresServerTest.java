package com.aftersales.app.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.app.support.IntegrationTest;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The embedded default never uses a server it did not start. */
class EmbeddedPostgresServerTest {

    @Test
    void aPortTakenByAnotherServerStopsTheStartWithAClearMessage() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(
                            IntegrationTest.freshDirectory(
                                    "port-taken-" + ProcessHandle.current().pid()),
                            other.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + other.getLocalPort() + " is already in use");
        }
    }
}
