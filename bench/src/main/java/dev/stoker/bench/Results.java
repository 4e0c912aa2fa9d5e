package dev.stoker.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every value measured, by setting, row and target; and the failures. */
final class Results {

  record Key(Durability durability, Row row, String target) {}

  private final Map<Key, List<Double>> values = new LinkedHashMap<>();
  private final Map<Key, List<Cost>> costs = new LinkedHashMap<>();
  private final Map<Key, String> failures = new LinkedHashMap<>();

  void add(Key key, double value) {
    values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  void add(Key key, Rate rate) {
    add(key, rate.perSecond());
    costs.computeIfAbsent(key, k -> new ArrayList<>()).add(rate.cost());
  }

  void failed(Key key, String why) {
    failures.putIfAbsent(key, why);
  }

  List<Double> values(Key key) {
    return values.getOrDefault(key, List.of());
  }

  List<Cost> costs(Key key) {
    return costs.getOrDefault(key, List.of());
  }

  Optional<String> failure(Key key) {
    return Optional.ofNullable(failures.get(key));
  }

  /** The median of a row's runs, if it has any. */
  Optional<Double> median(Key key) {
    List<Double> runs = values(key);
    return runs.isEmpty() ? Optional.empty() : Optional.of(Stats.median(runs));
  }

  Map<Key, String> failures() {
    return failures;
  }
}
