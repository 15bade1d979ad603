package dev.cuecards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void no_command_means_serve() {
        assertThat(Main.withDefaultCommand(new String[0])).containsExactly("serve");
        assertThat(Main.withDefaultCommand(new String[] {"--port", "8080"})).containsExactly("serve", "--port", "8080");
        assertThat(Main.withDefaultCommand(new String[] {"check"})).containsExactly("check");
        assertThat(Main.withDefaultCommand(new String[] {"--version"})).containsExactly("--version");
    }

    @Test
    void help_lists_the_commands() {
        CommandLineRun run = CommandLineRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: cuecards", "serve", "check");
    }

    @Test
    void version_prints_a_version_line() {
        CommandLineRun run = CommandLineRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("cuecards ");
    }

    @Test
    void an_unknown_command_exits_2() {
        CommandLineRun run = CommandLineRun.of("bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'bogus'");
    }

    @Test
    void a_port_out_of_range_exits_2_before_anything_starts() {
        CommandLineRun run = CommandLineRun.of("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("--port must be 0..65535, got 70000");
    }

    @Test
    void an_allowed_host_with_a_port_or_a_scheme_or_blank_exits_2_before_anything_starts() {
        for (String bad : new String[] {"study.lan:7070", "http://study.lan", "", " "}) {
            CommandLineRun run = CommandLineRun.of("serve", "--allow-host", bad, "--port", "0");

            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).contains("--allow-host takes a host name or address without scheme or port", "'" + bad + "'");
        }
    }

    @Test
    void a_port_that_is_not_a_number_exits_2() {
        CommandLineRun run = CommandLineRun.of("serve", "--port", "http");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port");
    }
}
