package dev.stoker.processor;

import dev.stoker.processor.Contract.EnumEntry;
import dev.stoker.processor.Contract.Field;
import dev.stoker.processor.Contract.JobEntry;
import dev.stoker.processor.Contract.RecordEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The job contract as text: one fact a line, sorted, so that the file does not depend on the order
 * of the code, and each change to a job is a line added or removed in a review.
 *
 * <pre>
 * enum com.example.Plan constant PRO
 * job mail.welcome alias welcomeEmail
 * job mail.welcome method com.example.Mail.welcome
 * job mail.welcome parameter language String default "en"
 * job mail.welcome parameter userId long alias customerId
 * job mail.welcome queue mail
 * record com.example.Address component city String?
 * </pre>
 */
final class ContractFormat {

  static final String HEADER =
      """
      # Stoker job contract: what the jobs stored by this module depend on, one fact a line.
      # Written by the Stoker processor at each build that compiles; commit it with the code.
      # A change that would break stored jobs fails the build: see "Job contracts" in the README.
      """;

  /** A line that cannot be read, by its number. */
  static final class FormatException extends Exception {
    final int line;

    FormatException(int line, String reason) {
      super(reason);
      this.line = line;
    }
  }

  private ContractFormat() {}

  static String format(Contract contract) {
    Set<String> lines = new TreeSet<>();
    for (JobEntry job : contract.jobs().values()) {
      String subject = "job " + job.name() + " ";
      job.aliases().forEach(alias -> lines.add(subject + "alias " + alias));
      lines.add(subject + "method " + job.method());
      lines.add(subject + "queue " + job.queue());
      job.parameters().values().forEach(field -> lines.add(subject + "parameter " + field(field)));
    }
    for (RecordEntry record : contract.records().values()) {
      lines.add("record " + record.name());
      record
          .components()
          .values()
          .forEach(c -> lines.add("record " + record.name() + " component " + field(c)));
    }
    for (EnumEntry enumEntry : contract.enums().values()) {
      lines.add("enum " + enumEntry.name());
      enumEntry.constants().forEach(c -> lines.add("enum " + enumEntry.name() + " constant " + c));
    }
    return HEADER + String.join("\n", lines) + "\n";
  }

  private static String field(Field field) {
    StringBuilder line =
        new StringBuilder(field.name()).append(' ').append(field.type().spelling());
    new TreeSet<>(field.formerNames()).forEach(former -> line.append(" alias ").append(former));
    if (field.defaultValue() != null) {
      line.append(" default ").append(quote(field.defaultValue()));
    }
    return line.toString();
  }

  static Contract parse(String text) throws FormatException {
    Parsed parsed = new Parsed();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        parsed.add(line, i + 1);
      } catch (RuntimeException e) {
        throw new FormatException(i + 1, e.getMessage());
      }
    }
    return parsed.contract();
  }

  /** The facts read so far, gathered by what they are about. */
  private static final class Parsed {
    final Map<String, JobParts> jobs = new HashMap<>();
    final Map<String, Map<String, Field>> records = new HashMap<>();
    final Map<String, Set<String>> enums = new HashMap<>();

    void add(String line, int number) {
      String[] words = line.split(" ", 4);
      String kind = words[0];
      if (words.length == 2 && kind.equals("record")) {
        records.computeIfAbsent(words[1], name -> new HashMap<>());
        return;
      }
      if (words.length == 2 && kind.equals("enum")) {
        enums.computeIfAbsent(words[1], name -> new HashSet<>());
        return;
      }
      if (words.length < 4) {
        throw new IllegalArgumentException("expected a kind, a name, a fact and its value");
      }
      String name = words[1];
      String fact = words[2];
      String value = words[3];
      switch (kind + " " + fact) {
        case "job alias" -> job(name, number).aliases.add(value);
        case "job method" -> job(name, number).method = value;
        case "job queue" -> job(name, number).queue = value;
        case "job parameter" -> put(job(name, number).parameters, field(value));
        case "record component" ->
            put(records.computeIfAbsent(name, n -> new HashMap<>()), field(value));
        case "enum constant" -> enums.computeIfAbsent(name, n -> new HashSet<>()).add(value);
        default -> throw new IllegalArgumentException("no fact '" + fact + "' of a " + kind);
      }
    }

    private JobParts job(String name, int line) {
      return jobs.computeIfAbsent(name, n -> new JobParts(line));
    }

    private static void put(Map<String, Field> fields, Field field) {
      if (fields.putIfAbsent(field.name(), field) != null) {
        throw new IllegalArgumentException("'" + field.name() + "' is listed twice");
      }
    }

    Contract contract() throws FormatException {
      Map<String, JobEntry> jobEntries = new HashMap<>();
      for (var job : jobs.entrySet()) {
        JobParts parts = job.getValue();
        if (parts.method == null || parts.queue == null) {
          throw new FormatException(
              parts.line, "job " + job.getKey() + " lacks its method or its queue");
        }
        jobEntries.put(
            job.getKey(),
            new JobEntry(job.getKey(), parts.aliases, parts.method, parts.queue, parts.parameters));
      }
      Map<String, RecordEntry> recordEntries = new HashMap<>();
      records.forEach(
          (name, components) -> recordEntries.put(name, new RecordEntry(name, components)));
      Map<String, EnumEntry> enumEntries = new HashMap<>();
      enums.forEach((name, constants) -> enumEntries.put(name, new EnumEntry(name, constants)));
      return new Contract(jobEntries, recordEntries, enumEntries);
    }
  }

  private static final class JobParts {
    final int line;
    final Set<String> aliases = new HashSet<>();
    final Map<String, Field> parameters = new HashMap<>();
    String method;
    String queue;

    JobParts(int line) {
      this.line = line;
    }
  }

  /** {@code userId long alias customerId default "0"}. */
  private static Field field(String text) {
    String defaultValue = null;
    int quoted = text.indexOf(" default \"");
    if (quoted >= 0) {
      defaultValue = unquote(text.substring(quoted + " default ".length()));
      text = text.substring(0, quoted);
    }
    String[] words = text.split(" ");
    if (words.length < 2 || words.length % 2 != 0) {
      throw new IllegalArgumentException("expected a field's name and type");
    }
    List<String> formerNames = new ArrayList<>();
    for (int i = 2; i < words.length; i += 2) {
      if (!words[i].equals("alias")) {
        throw new IllegalArgumentException(
            "expected 'alias' or 'default', found '" + words[i] + "'");
      }
      formerNames.add(words[i + 1]);
    }
    return new Field(words[0], ContractType.parse(words[1]), Set.copyOf(formerNames), defaultValue);
  }

  /** A Java string literal of the text. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  private static String unquote(String literal) {
    if (literal.length() < 2 || !literal.startsWith("\"") || !literal.endsWith("\"")) {
      throw new IllegalArgumentException("a default must be a quoted string");
    }
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < literal.length() - 1; i++) {
      char c = literal.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char escaped = literal.charAt(++i);
      switch (escaped) {
        case 'n' -> text.append('\n');
        case 'r' -> text.append('\r');
        case 't' -> text.append('\t');
        case 'u' -> {
          text.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> text.append(escaped);
      }
    }
    return text.toString();
  }
}
