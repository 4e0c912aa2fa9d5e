package dev.stoker.processor;

import static dev.stoker.processor.RuntimeTypes.DURATION;
import static dev.stoker.processor.RuntimeTypes.JOB_ARGUMENTS;
import static dev.stoker.processor.RuntimeTypes.JOB_CLIENT;
import static dev.stoker.processor.RuntimeTypes.JOB_ID;
import static dev.stoker.processor.RuntimeTypes.MISFIRE;
import static dev.stoker.processor.RuntimeTypes.RECURRENCE;
import static dev.stoker.processor.RuntimeTypes.RECURRING_REGISTRATION;
import static dev.stoker.processor.RuntimeTypes.SCHEDULE;
import static dev.stoker.processor.RuntimeTypes.ZONE_ID;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;

/**
 * Writes what a job's class offers for recurring runs registered in code: the static {@code
 * recurring}, {@code removeRecurring} and {@code triggerRecurring}, and the {@code Recurring} type
 * whose {@code register} takes the job's arguments.
 */
final class RecurringWriter {

  /** The {@code Recurrence} a job's definition holds: {@code NONE} unless it has a cron. */
  static CodeBlock recurrence(JobDescriptor.Recurrence recurrence) {
    if (!recurrence.isRecurring()) {
      return CodeBlock.of("$T.NONE", RECURRENCE);
    }
    CodeBlock maxLag =
        recurrence.maxLag().isEmpty()
            ? CodeBlock.of("null")
            : CodeBlock.of("$T.parse($S)", DURATION, recurrence.maxLag());
    return CodeBlock.of(
        "new $T($S, $S, $S, $T.$L, $L)",
        RECURRENCE,
        recurrence.cron(),
        recurrence.zone(),
        recurrence.except(),
        MISFIRE,
        recurrence.misfire(),
        maxLag);
  }

  List<MethodSpec> staticMethods(JobDescriptor job, ClassName recurring) {
    String definition = job.names().definition();
    return List.of(
        MethodSpec.methodBuilder("recurring")
            .addJavadoc(
                "Prepares a recurring run of the job under the id, on the cron expression read in"
                    + " the zone;\n{@code register} with its arguments adds it, or updates the one"
                    + " with that id.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(recurring)
            .addParameter(String.class, "id")
            .addParameter(String.class, "cron")
            .addParameter(ZONE_ID, "zone")
            .addStatement("return recurring(id, $T.cron(cron).in(zone))", SCHEDULE)
            .build(),
        MethodSpec.methodBuilder("recurring")
            .addJavadoc(
                "Prepares a recurring run of the job under the id, on the schedule; {@code"
                    + " register} with its\narguments adds it, or updates the one with that id.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(recurring)
            .addParameter(String.class, "id")
            .addParameter(SCHEDULE, "schedule")
            .addStatement(
                "return new $T($T.of($L, id, schedule))",
                recurring,
                RECURRING_REGISTRATION,
                definition)
            .build(),
        MethodSpec.methodBuilder("removeRecurring")
            .addJavadoc(
                "Removes the job's recurring run with the id; returns false if there was none.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(String.class, "id")
            .addStatement("return $T.remove($L, id)", RECURRING_REGISTRATION, definition)
            .build(),
        MethodSpec.methodBuilder("triggerRecurring")
            .addJavadoc(
                "Runs the job's recurring run with the id now, with its arguments, besides its"
                    + " schedule.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(JOB_ID)
            .addParameter(String.class, "id")
            .addStatement("return $T.trigger($L, id)", RECURRING_REGISTRATION, definition)
            .build());
  }

  TypeSpec recurringType(JobDescriptor job, ClassName recurring, ClientParameters parameters) {
    CodeBlock arguments =
        parameters.isEmpty()
            ? CodeBlock.of("$T.NONE", JOB_ARGUMENTS)
            : CodeBlock.of("arguments($L)", parameters.names());
    return TypeSpec.classBuilder(recurring)
        .addJavadoc(
            "A recurring run of {@code $L}, ready to be registered with its arguments.\n",
            job.definition().name())
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addField(RECURRING_REGISTRATION, "registration", PRIVATE, FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PRIVATE)
                .addParameter(RECURRING_REGISTRATION, "registration")
                .addStatement("this.registration = registration")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("misfire")
                .addJavadoc(
                    "What the run does with fire times it missed; by default it runs them once.\n")
                .addModifiers(PUBLIC)
                .returns(recurring)
                .addParameter(MISFIRE, "misfire")
                .addStatement("return new $T(registration.misfire(misfire))", recurring)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("maxLag")
                .addJavadoc("How late a fire time may still run; by default there is no limit.\n")
                .addModifiers(PUBLIC)
                .returns(recurring)
                .addParameter(DURATION, "maxLag")
                .addStatement("return new $T(registration.maxLag(maxLag))", recurring)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("using")
                .addJavadoc("Registers through the given client instead of the installed one.\n")
                .addModifiers(PUBLIC)
                .returns(recurring)
                .addParameter(JOB_CLIENT, "client")
                .addStatement("return new $T(registration.using(client))", recurring)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("register")
                .addJavadoc(
                    "Adds the recurring run with these arguments, or updates the one with its"
                        + " id.\n")
                .addModifiers(PUBLIC)
                .addParameters(parameters.specs())
                .addStatement("this.registration.register($L)", arguments)
                .build())
        .build();
  }
}
