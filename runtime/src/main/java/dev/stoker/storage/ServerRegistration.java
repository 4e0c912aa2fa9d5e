package dev.stoker.storage;

import java.util.List;
import java.util.Set;

/**
 * What a server tells the others about itself when it registers.
 *
 * @param id its id, as its jobs and their history name it
 * @param host the machine it runs on
 * @param pid its process id there
 * @param queues the queues it serves, the first one first
 * @param workers how many jobs it runs at once
 * @param jobNames the jobs it has handlers for, the only ones it claims
 */
public record ServerRegistration(
    String id, String host, long pid, List<String> queues, int workers, Set<String> jobNames) {

  public ServerRegistration {
    queues = List.copyOf(queues);
    jobNames = Set.copyOf(jobNames);
  }
}
