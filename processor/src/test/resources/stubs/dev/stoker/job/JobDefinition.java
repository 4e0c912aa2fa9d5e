package dev.stoker.job;

public record JobDefinition(
    String name, String queue, int retries, int priority, String cron, String zone) {}
