package dev.cuecards.web;

import dev.cuecards.cards.CardId;
import dev.cuecards.study.Study;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.function.Consumer;

/** What the user does to a card: bury, suspend and unsuspend, flag and unflag, reset to new; then back where they were. */
final class CardActions {

    private final Study study;

    CardActions(Study study) {
        this.study = study;
    }

    void bury(Context ctx) {
        act(ctx, study::bury);
    }

    void suspend(Context ctx) {
        act(ctx, study::suspend);
    }

    void unsuspend(Context ctx) {
        act(ctx, study::unsuspend);
    }

    void flag(Context ctx) {
        act(ctx, study::flag);
    }

    void unflag(Context ctx) {
        act(ctx, study::unflag);
    }

    void reset(Context ctx) {
        act(ctx, study::resetToNew);
    }

    private static void act(Context ctx, Consumer<CardId> action) {
        CardId card = Forms.card(ctx.formParam("card"));
        action.accept(card);
        ctx.redirect(back(ctx.formParam("back")), HttpStatus.SEE_OTHER);
    }

    /** Only a path of this app: never a redirect to another site. */
    private static String back(String back) {
        boolean local = back != null && back.matches("/(?![/\\\\])[A-Za-z0-9/_.~%?=&#:-]*");
        return local ? back : "/";
    }
}
