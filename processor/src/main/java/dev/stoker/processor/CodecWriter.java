package dev.stoker.processor;

import static dev.stoker.processor.RuntimeTypes.ARGUMENT_CODEC;
import static dev.stoker.processor.RuntimeTypes.CODECS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.stoker.processor.JobDescriptor.RecordCodec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Writes the codec expressions of one job's arguments, and the constants of its record codecs. */
final class CodecWriter {

  private final List<RecordCodec> records;
  private final Map<TypeElement, String> constants = new HashMap<>();

  CodecWriter(List<RecordCodec> records) {
    this.records = records;
    records.forEach(codec -> constants.put(codec.record().type(), codec.constant()));
  }

  /** {@code Codecs.LONG}, {@code Codecs.nullable(Codecs.STRING)}, {@code ADDRESS}... */
  CodeBlock codec(ArgumentType type) {
    return switch (type) {
      case ArgumentType.Constant constant -> CodeBlock.of("$T.$L", CODECS, constant.name());
      case ArgumentType.EnumOf enumOf ->
          CodeBlock.of("$T.enumOf($T.class)", CODECS, ClassName.get(enumOf.type()));
      case ArgumentType.ListOf listOf ->
          CodeBlock.of("$T.listOf($L)", CODECS, codec(listOf.element()));
      case ArgumentType.SetOf setOf -> CodeBlock.of("$T.setOf($L)", CODECS, codec(setOf.element()));
      case ArgumentType.Nullable nullable ->
          CodeBlock.of("$T.nullable($L)", CODECS, codec(nullable.type()));
      case ArgumentType.RecordOf record -> CodeBlock.of("$L", constants.get(record.type()));
    };
  }

  /**
   * Reads one field from a reader: {@code in.field("note", Codecs.STRING)}, with the field's former
   * names after the codec and its default around it, as in {@code in.field("lang",
   * Codecs.withDefault(Codecs.STRING, "en"), "language")}.
   */
  CodeBlock read(String reader, String name, ArgumentType type, Fallback fallback) {
    CodeBlock codec = codec(type);
    if (fallback.hasDefault()) {
      codec = CodeBlock.of("$T.withDefault($L, $S)", CODECS, codec, fallback.defaultValue());
    }
    CodeBlock.Builder read = CodeBlock.builder().add("$L.field($S,$W$L", reader, name, codec);
    fallback.formerNames().forEach(former -> read.add(", $S", former));
    return read.add(")").build();
  }

  /** The record codec constants, each declared after those it uses. */
  List<FieldSpec> recordFields() {
    return records.stream().map(this::recordField).toList();
  }

  private FieldSpec recordField(RecordCodec codec) {
    ClassName record = ClassName.get(codec.record().type());
    List<ArgumentType.Component> components = codec.record().components();
    CodeBlock.Builder initializer =
        CodeBlock.builder().add("$T.record(\n$>$>$T.class,\n", CODECS, record);
    if (components.isEmpty()) {
      initializer.add("(out, value) -> {},\n");
      initializer.add("in -> new $T())$<$<", record);
    } else {
      initializer.add("(out, value) -> {\n$>");
      for (ArgumentType.Component component : components) {
        initializer.add(
            "out.field($S, $L, value.$L());\n",
            component.name(),
            codec(component.type()),
            component.name());
      }
      initializer.add("$<},\n");
      initializer.add("in ->\n$>$>new $T(\n$>$>", record);
      for (int i = 0; i < components.size(); i++) {
        ArgumentType.Component component = components.get(i);
        initializer.add(
            "$L$L",
            read("in", component.name(), component.type(), component.fallback()),
            i < components.size() - 1 ? ",\n" : "");
      }
      initializer.add("))$<$<$<$<$<$<");
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(ARGUMENT_CODEC, record),
            codec.constant(),
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(initializer.build())
        .build();
  }
}
