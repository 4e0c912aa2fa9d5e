package dev.stoker.processor;

import com.palantir.javapoet.ClassName;

/**
 * The runtime's types that generated code uses. Named, not imported: the processor does not depend
 * on the runtime.
 */
final class RuntimeTypes {

  static final ClassName JOB_ID = ClassName.get("dev.stoker", "JobId");
  static final ClassName JOB_CLIENT = ClassName.get("dev.stoker", "JobClient");
  static final ClassName BATCH_ID = ClassName.get("dev.stoker", "BatchId");
  static final ClassName BATCH = ClassName.get("dev.stoker.job", "Batch");
  static final ClassName JOB_DEFINITION = ClassName.get("dev.stoker.job", "JobDefinition");
  static final ClassName ENQUEUED = ClassName.get("dev.stoker", "Enqueued");
  static final ClassName JOB_LIMITS = ClassName.get("dev.stoker.job", "JobLimits");
  static final ClassName JOB_ARGUMENTS = ClassName.get("dev.stoker.job", "JobArguments");
  static final ClassName EXPECTED_JOB = ClassName.get("dev.stoker.job", "ExpectedJob");
  static final ClassName JOB_SUBMITTER = ClassName.get("dev.stoker.job", "JobSubmitter");
  static final ClassName JOB_HANDLER = ClassName.get("dev.stoker.job", "JobHandler");
  static final ClassName JOB_INVOCATION = ClassName.get("dev.stoker.job", "JobInvocation");
  static final ClassName RECURRENCE = ClassName.get("dev.stoker.job", "Recurrence");
  static final ClassName RECURRING_REGISTRATION =
      ClassName.get("dev.stoker.job", "RecurringRegistration");
  static final ClassName SCHEDULE = ClassName.get("dev.stoker.schedule", "Schedule");
  static final ClassName MISFIRE = ClassName.get("dev.stoker.annotation", "Misfire");
  static final ClassName CODECS = ClassName.get("dev.stoker.codec", "Codecs");
  static final ClassName ARGUMENT_CODEC = ClassName.get("dev.stoker.codec", "ArgumentCodec");
  static final ClassName ARGUMENT_READER = ClassName.get("dev.stoker.codec", "ArgumentReader");

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName DURATION = ClassName.get("java.time", "Duration");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName ZONE_ID = ClassName.get("java.time", "ZoneId");

  private RuntimeTypes() {}
}
