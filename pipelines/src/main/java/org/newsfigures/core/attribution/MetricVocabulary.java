package org.newsfigures.core.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;

/** The metrics of seeds/reference/metrics.csv, by name. */
public final class MetricVocabulary {
  private final Map<String, Metric> byName;

  public MetricVocabulary(List<Metric> metrics) {
    this.byName = metrics.stream().collect(Collectors.toUnmodifiableMap(Metric::name, Function.identity()));
  }

  public static MetricVocabulary fromReference() {
    return new MetricVocabulary(
        ReferenceCsv.rows("metrics").stream()
            .map(r -> new Metric(
                r.get("metric"),
                r.get("family"),
                Set.of(r.get("kinds").split("\\|")),
                Metric.Roles.valueOf(r.get("roles").toUpperCase(Locale.ROOT)),
                r.get("change_of").isEmpty() ? null : r.get("change_of"),
                r.get("parts").isEmpty() ? List.of() : List.of(r.get("parts").split("\\|")),
                !"no".equals(r.get("products")),
                "required".equals(r.get("products")),
                "yes".equals(r.get("needs_year")),
                r.get("label"),
                Arrays.stream(r.get("triggers").split("\\|")).map(String::strip).filter(t -> !t.isEmpty()).toList()))
            .toList());
  }

  public List<Metric> all() {
    return byName.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
  }

  public Optional<Metric> find(String name) {
    return Optional.ofNullable(name).map(byName::get);
  }

  /** Whether the metric's two parties are an unordered pair (two-way trade); false for a name it does not have. */
  public boolean symmetric(String name) {
    return find(name).map(m -> m.roles() == Metric.Roles.SYMMETRIC).orElse(false);
  }
}
