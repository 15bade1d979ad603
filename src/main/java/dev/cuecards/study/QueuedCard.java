package dev.cuecards.study;

import dev.cuecards.fsrs.Preview;
import dev.cuecards.store.StoredCard;

/** The card to study now, what each answer would do to it, and what is left of today's queue (this card included). */
public record QueuedCard(StoredCard card, Preview preview, Remaining remaining) {
}
