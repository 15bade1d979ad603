package dev.cuecards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listening on every address, the app still answers only to the names of this machine and the ones allowed. */
class HostCheckTest {

    @TempDir
    Path folder;
    private RunningApp running;

    @BeforeEach
    void start() throws IOException {
        running = RunningApp.onEveryAddress(folder, List.of("Study.Lan"), "seed.md", RunningApp.seedNote());
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void a_foreign_host_is_refused_on_every_address_against_dns_rebinding() throws IOException {
        assertThat(statusFor("attacker.example:" + running.app.port())).isEqualTo(403);
        assertThat(statusFor("attacker.example")).isEqualTo(403);
    }

    @Test
    void this_machines_own_addresses_and_the_allowed_names_are_answered() throws IOException {
        assertThat(statusFor("127.0.0.1:" + running.app.port())).isEqualTo(200);
        assertThat(statusFor("localhost:" + running.app.port())).isEqualTo(200);
        assertThat(statusFor("study.lan:" + running.app.port())).isEqualTo(200);
        for (String own : Guard.ownAddresses()) {
            assertThat(statusFor(own + ":" + running.app.port())).as(own).isEqualTo(200);
        }
    }

    private int statusFor(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", running.app.port())) {
            socket.getOutputStream().write(("GET /api/review/next HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
        }
    }
}
