package dev.cuecards.cards;

import dev.cuecards.notes.VideoId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a card came from: the video moment and the claim as written in the note.
 *
 * @param seconds empty when the claim has no timestamp; the link then opens the video at its start
 */
public record CardSource(Optional<VideoId> videoId, Optional<Integer> seconds, String claim, int line) {

    public CardSource {
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(seconds, "seconds");
        Objects.requireNonNull(claim, "claim");
    }

    /** {@code HH:MM:SS}, or empty without a time. */
    public Optional<String> timestamp() {
        return seconds.map(s -> twoDigits(s / 3600) + ":" + twoDigits(s / 60 % 60) + ":" + twoDigits(s % 60));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    /** The watch URL at this moment, or empty for a note without a video id. */
    public Optional<String> url() {
        return videoId.map(v -> v.url(seconds.orElse(null)));
    }
}
