package io.scimitar.examples;

import io.scimitar.core.catalogue.CatalogueItem;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The catalogue rows of the memory store: lost on exit, like everything else there. */
final class MemoryCatalogueRows implements CatalogueRows {
  private final Map<String, Map<String, CatalogueItem>> items = new ConcurrentHashMap<>();
  private final Set<String> seeded = ConcurrentHashMap.newKeySet();

  private Map<String, CatalogueItem> table(String tenant, CatalogueKind kind) {
    return items.computeIfAbsent(tenant + "/" + kind.name(), key -> new ConcurrentHashMap<>());
  }

  @Override
  public List<CatalogueItem> list(String tenant, CatalogueKind kind) {
    return table(tenant, kind).values().stream()
        .sorted(Comparator.comparing(CatalogueItem::id)).toList();
  }

  @Override
  public Optional<CatalogueItem> find(String tenant, CatalogueKind kind, String id) {
    return Optional.ofNullable(table(tenant, kind).get(id));
  }

  @Override
  public boolean insert(String tenant, CatalogueKind kind, CatalogueItem item) {
    return table(tenant, kind).putIfAbsent(item.id(), item) == null;
  }

  @Override
  public boolean delete(String tenant, CatalogueKind kind, String id) {
    return table(tenant, kind).remove(id) != null;
  }

  @Override
  public boolean seedOnce(String tenant, List<SampleCatalogue.Sample> samples) {
    if (!seeded.add(tenant)) {
      return false;
    }
    samples.forEach(sample -> insert(tenant, sample.kind(), sample.item()));
    return true;
  }
}
