package dev.stoker.processor;

import dev.stoker.processor.Contract.EnumEntry;
import dev.stoker.processor.Contract.Field;
import dev.stoker.processor.Contract.JobEntry;
import dev.stoker.processor.Contract.RecordEntry;
import dev.stoker.processor.JobDescriptor.JobParameter;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Describes the job contract of the jobs being compiled. */
final class ContractFactory {

  private ContractFactory() {}

  static CodeContract of(Collection<JobDescriptor> descriptors) {
    Facts facts = new Facts();
    Map<String, JobEntry> jobs = new HashMap<>();
    Map<String, JobDescriptor> byName = new HashMap<>();
    for (JobDescriptor job : descriptors) {
      JobDescriptor.Definition definition = job.definition();
      Map<String, Field> parameters = new HashMap<>();
      for (JobParameter.Argument argument : job.arguments()) {
        parameters.put(
            argument.name(), facts.field(argument.name(), argument.codec(), argument.fallback()));
      }
      String method = job.declaringType().getQualifiedName() + "." + job.method().getSimpleName();
      jobs.put(
          definition.name(),
          new JobEntry(
              definition.name(),
              Set.copyOf(definition.aliases()),
              method,
              definition.queue(),
              parameters));
      byName.put(definition.name(), job);
    }
    return new CodeContract(
        new Contract(jobs, facts.records, facts.enums), byName, Map.copyOf(facts.types));
  }

  /** The records and enums met on the way. */
  private static final class Facts {
    final Map<String, RecordEntry> records = new HashMap<>();
    final Map<String, EnumEntry> enums = new HashMap<>();
    final Map<String, TypeElement> types = new HashMap<>();

    Field field(String name, ArgumentType type, Fallback fallback) {
      return new Field(
          name, type(type), Set.copyOf(fallback.formerNames()), fallback.defaultValue());
    }

    ContractType type(ArgumentType type) {
      return switch (type) {
        case ArgumentType.Constant constant ->
            new ContractType.Scalar(ContractType.SCALARS.get(constant.name()));
        case ArgumentType.ListOf list -> new ContractType.ListOf(type(list.element()));
        case ArgumentType.SetOf set -> new ContractType.SetOf(type(set.element()));
        case ArgumentType.Nullable nullable -> new ContractType.Nullable(type(nullable.type()));
        case ArgumentType.EnumOf enumOf -> named(enumOf.type(), () -> addEnum(enumOf.type()));
        case ArgumentType.RecordOf record -> named(record.type(), () -> addRecord(record));
      };
    }

    private ContractType named(TypeElement type, Runnable describe) {
      String name = type.getQualifiedName().toString();
      if (types.putIfAbsent(name, type) == null) {
        describe.run();
      }
      return new ContractType.Named(name);
    }

    private void addEnum(TypeElement type) {
      Set<String> constants = new LinkedHashSet<>();
      type.getEnclosedElements().stream()
          .filter(element -> element.getKind() == ElementKind.ENUM_CONSTANT)
          .forEach(constant -> constants.add(constant.getSimpleName().toString()));
      String name = type.getQualifiedName().toString();
      enums.put(name, new EnumEntry(name, constants));
    }

    private void addRecord(ArgumentType.RecordOf record) {
      Map<String, Field> components = new HashMap<>();
      for (ArgumentType.Component component : record.components()) {
        components.put(
            component.name(), field(component.name(), component.type(), component.fallback()));
      }
      String name = record.type().getQualifiedName().toString();
      records.put(name, new RecordEntry(name, components));
    }
  }
}
