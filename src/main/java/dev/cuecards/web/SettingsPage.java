package dev.cuecards.web;

import dev.cuecards.fsrs.Steps;
import dev.cuecards.study.InvalidSetting;
import dev.cuecards.study.Study;
import dev.cuecards.study.StudySettings;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings form: shown filled in, checked on submit, saved only when every field is right. */
final class SettingsPage {

    private final Study study;
    private final Html html;

    SettingsPage(Study study, Html html) {
        this.study = study;
        this.html = html;
    }

    /** The form's fields as text, as shown or as typed. */
    record Fields(String newCardsPerDay, String maxReviewsPerDay, String rolloverHour, String desiredRetention,
                  String learningSteps, String relearningSteps) {

        static Fields of(StudySettings s) {
            return new Fields(String.valueOf(s.newCardsPerDay()), String.valueOf(s.maxReviewsPerDay()), String.valueOf(s.rolloverHour()),
                    String.valueOf(s.desiredRetention()), Steps.format(s.learningSteps()), Steps.format(s.relearningSteps()));
        }

        static Fields of(Context ctx) {
            return new Fields(value(ctx, "newCardsPerDay"), value(ctx, "maxReviewsPerDay"), value(ctx, "rolloverHour"),
                    value(ctx, "desiredRetention"), value(ctx, "learningSteps"), value(ctx, "relearningSteps"));
        }

        private static String value(Context ctx, String name) {
            String value = ctx.formParam(name);
            return value == null ? "" : value.strip();
        }
    }

    void show(Context ctx) {
        render(ctx, Fields.of(study.settings()), "", "", ctx.queryParam("saved") != null);
    }

    void save(Context ctx) {
        Fields fields = Fields.of(ctx);
        try {
            study.saveSettings(StudySettings.parse(fields.newCardsPerDay(), fields.maxReviewsPerDay(), fields.rolloverHour(),
                    fields.desiredRetention(), fields.learningSteps(), fields.relearningSteps()));
            ctx.redirect("/settings?saved", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidSetting e) {
            ctx.status(400);
            render(ctx, fields, e.field(), e.getMessage(), false);
        }
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
