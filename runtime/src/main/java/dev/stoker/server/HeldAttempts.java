package dev.stoker.server;

import dev.stoker.JobId;
import dev.stoker.storage.ClaimedJob;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The attempts this server holds, from the claim that brought them until their outcome is written:
 * waiting for a worker, running, or ended with their outcome still to be recorded. Every job the
 * database has PROCESSING on this server is among them, but for the claims whose answer was lost
 * with a broken connection: those are the ones to hand back.
 */
final class HeldAttempts {

  private final Set<ClaimedJob> held = ConcurrentHashMap.newKeySet();

  /** Holds a claimed attempt. */
  void hold(ClaimedJob attempt) {
    held.add(attempt);
  }

  /** Lets the attempt go: its outcome is written, refused by its fence, or will never be. */
  void release(ClaimedJob attempt) {
    held.remove(attempt);
  }

  List<ClaimedJob> all() {
    return List.copyOf(held);
  }

  Set<JobId> jobIds() {
    return held.stream().map(ClaimedJob::id).collect(Collectors.toSet());
  }
}
