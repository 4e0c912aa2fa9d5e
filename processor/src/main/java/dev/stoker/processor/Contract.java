package dev.stoker.processor;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the jobs already stored depend on, as a module's job contract records it: each job's name,
 * aliases, method and queue, and the stored fields of its parameters; the components of the records
 * and the constants of the enums among them.
 *
 * @param jobs by name
 * @param records by canonical name
 * @param enums by canonical name
 */
record Contract(
    Map<String, JobEntry> jobs, Map<String, RecordEntry> records, Map<String, EnumEntry> enums) {

  static final Contract EMPTY = new Contract(Map.of(), Map.of(), Map.of());

  Contract {
    jobs = Map.copyOf(jobs);
    records = Map.copyOf(records);
    enums = Map.copyOf(enums);
  }

  /**
   * One job.
   *
   * @param method the method that runs it, as {@code com.example.Mail.welcomeEmail}
   */
  record JobEntry(
      String name,
      Set<String> aliases,
      String method,
      String queue,
      Map<String, Field> parameters) {

    JobEntry {
      aliases = Set.copyOf(aliases);
      parameters = Map.copyOf(parameters);
    }

    /** The names its jobs are stored under: its name and its aliases. */
    Set<String> storedNames() {
      return names(name, aliases);
    }

    /** The canonical name of the type that declares the method. */
    String declaringType() {
      return method.substring(0, method.lastIndexOf('.'));
    }
  }

  /**
   * One stored field: a job's parameter or a record's component.
   *
   * @param formerNames the names jobs stored before a rename hold it under
   * @param defaultValue the text of its value in jobs stored without it, or null
   */
  record Field(String name, ContractType type, Set<String> formerNames, String defaultValue) {

    Field {
      formerNames = Set.copyOf(formerNames);
    }

    /** The names a stored job may hold it under. */
    Set<String> storedNames() {
      return names(name, formerNames);
    }

    /** Whether a job stored without it is still read: it has a default, or may be null. */
    boolean readsMissing() {
      return defaultValue != null || type instanceof ContractType.Nullable;
    }
  }

  record RecordEntry(String name, Map<String, Field> components) {
    RecordEntry {
      components = Map.copyOf(components);
    }
  }

  record EnumEntry(String name, Set<String> constants) {
    EnumEntry {
      constants = Set.copyOf(constants);
    }
  }

  private static Set<String> names(String name, Set<String> others) {
    Set<String> names = new HashSet<>(others);
    names.add(name);
    return names;
  }
}
