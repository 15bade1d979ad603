package dev.cuecards.web;

import dev.cuecards.fsrs.Steps;
import dev.cuecards.store.Backups;
import dev.cuecards.store.Database;
import dev.cuecards.study.InvalidSetting;
import dev.cuecards.study.Study;
import dev.cuecards.study.StudySettings;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings form: shown filled in, checked on submit, saved only when every field is right. */
final class SettingsPage {

    private final Study study;
    private final Database database;
    private final Html html;

    SettingsPage(Study study, Database database, Html html) {
        this.study = study;
        this.database = database;
        this.html = html;
    }

    /** The form's fields as text, as shown or as typed. */
    record Fields(String newCardsPerDay, String maxReviewsPerDay, String rolloverHour, String desiredRetention,
                  String learningSteps, String relearningSteps, String backupsKept) {

        static Fields of(StudySettings s, int backupsKept) {
            return new Fields(String.valueOf(s.newCardsPerDay()), String.valueOf(s.maxReviewsPerDay()), String.valueOf(s.rolloverHour()),
                    String.valueOf(s.desiredRetention()), Steps.format(s.learningSteps()), Steps.format(s.relearningSteps()),
                    String.valueOf(backupsKept));
        }

        /** The fields as sent; a form without the backups field (an older page) leaves that setting as it is. */
        static Fields of(Context ctx, int backupsKept) {
            return new Fields(value(ctx, "newCardsPerDay"), value(ctx, "maxReviewsPerDay"), value(ctx, "rolloverHour"),
                    value(ctx, "desiredRetention"), value(ctx, "learningSteps"), value(ctx, "relearningSteps"),
                    ctx.formParam("backupsKept") == null ? String.valueOf(backupsKept) : value(ctx, "backupsKept"));
        }

        private static String value(Context ctx, String name) {
            String value = ctx.formParam(name);
            return value == null ? "" : value.strip();
        }
    }

    void show(Context ctx) {
        render(ctx, Fields.of(study.settings(), Backups.keptCount(database)), "", "", ctx.queryParam("saved") != null);
    }

    void save(Context ctx) {
        Fields fields = Fields.of(ctx, Backups.keptCount(database));
        try {
            StudySettings settings = StudySettings.parse(fields.newCardsPerDay(), fields.maxReviewsPerDay(), fields.rolloverHour(),
                    fields.desiredRetention(), fields.learningSteps(), fields.relearningSteps());
            int kept = backupsKept(fields.backupsKept());
            study.saveSettings(settings);
            Backups.setKeptCount(database, kept);
            ctx.redirect("/settings?saved", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidSetting e) {
            ctx.status(400);
            render(ctx, fields, e.field(), e.getMessage(), false);
        }
    }

    private static int backupsKept(String typed) {
        if (!typed.matches("\\d{1,3}") || Integer.parseInt(typed) > Backups.MOST_KEPT) {
            throw new InvalidSetting("backupsKept", "Daily backups kept must be a whole number from 0 to " + Backups.MOST_KEPT
                    + ", got '" + typed + "'.");
        }
        return Integer.parseInt(typed);
    }

    private void render(Context ctx, Fields fields, String badField, String message, boolean saved) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Settings");
        model.put("fields", fields);
        model.put("badField", badField);
        model.put("message", message);
        model.put("saved", saved);
        model.put("nav", "settings");
        html.render(ctx, "settings", model);
    }
}
