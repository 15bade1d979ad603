package dev.cuecards.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTest {

    @ParameterizedTest
    @CsvSource({"00:01:08,68", "1:26:07,5167", "01:00:57,3657", "05:37,337", "51:01:00,183660", "00:00:00,0", "100:00,6000",
        "00:5:52,352", "01:5:07,3907"})
    void reads_hours_minutes_seconds_and_minutes_seconds(String text, int seconds) {
        assertThat(Timestamp.parseSeconds(text)).contains(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99:99:99", "1:2", "00:60:00", "00:00:60", "", "abc", "1:2:3", "00:01:5", "-1:00:00", "1:00:00:00"})
    void rejects_malformed_times(String text) {
        assertThat(Timestamp.parseSeconds(text)).isEmpty();
    }

    @Test
    void prints_as_hours_minutes_seconds() {
        assertThat(new Timestamp(5167, 1).hhmmss()).isEqualTo("01:26:07");
        assertThat(new Timestamp(68, 1).hhmmss()).isEqualTo("00:01:08");
    }

    @Test
    void a_negative_time_cannot_exist() {
        assertThatThrownBy(() -> new Timestamp(-1, 1)).hasMessageContaining("-1");
    }
}
