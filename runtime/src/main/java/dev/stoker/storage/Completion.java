package dev.stoker.storage;

/**
 * How one attempt ended, to be recorded with others.
 *
 * @param job the attempt
 * @param outcome how it ended
 */
public record Completion(ClaimedJob job, Outcome outcome) {}
