package org.newsfigures.core.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.newsfigures.core.context.entities.Entity;
import org.newsfigures.core.context.entities.Mention;
import org.newsfigures.core.text.CodePointOffsets;

/** Folds an article's mentions into entities-table rows: one per entity, with count, first offset and spellings. */
final class EntityTable {
  private EntityTable() {}

  /** Rows sorted by first mention, then entity id. */
  static List<EntityRow> rows(String articleId, String text, List<Mention> mentions) {
    Map<Entity, List<Mention>> byEntity = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      byEntity.computeIfAbsent(mention.entity(), e -> new ArrayList<>()).add(mention);
    }
    CodePointOffsets offsets = CodePointOffsets.of(text);
    List<EntityRow> rows = new ArrayList<>();
    byEntity.forEach(
        (entity, its) ->
            rows.add(
                new EntityRow(
                    articleId,
                    entity.id(),
                    entity.name(),
                    entity.type().label(),
                    entity.countryCode(),
                    its.size(),
                    offsets.at(its.get(0).start()),
                    List.copyOf(new TreeSet<>(its.stream().map(Mention::surface).toList())))));
    rows.sort(Comparator.comparingInt(EntityRow::firstCharStart).thenComparing(EntityRow::entityId));
    return rows;
  }
}
