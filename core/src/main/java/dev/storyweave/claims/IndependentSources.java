package dev.storyweave.claims;

import dev.storyweave.model.Derivation;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts independent sources: articles joined by provenance edges (of any kind, in either
 * direction, transitively) are one source, so a wire story and all its copies count once. Immutable
 * and thread-safe.
 */
public final class IndependentSources {

  private final Map<String, String> root;

  private IndependentSources(Map<String, String> root) {
    this.root = root;
  }

  /** The source groups induced by {@code derivations}; articles not named are their own group. */
  public static IndependentSources of(List<Derivation> derivations) {
    Map<String, String> parent = new HashMap<>();
    for (Derivation d : derivations) {
      String a = find(parent, d.copy());
      String b = find(parent, d.source());
      if (!a.equals(b)) {
        // Deterministic root: the smaller id, so groups do not depend on edge order.
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    Map<String, String> root = new HashMap<>();
    for (String a : parent.keySet()) {
      root.put(a, find(parent, a));
    }
    return new IndependentSources(Map.copyOf(root));
  }

  private static String find(Map<String, String> parent, String a) {
    String x = a;
    String p;
    while ((p = parent.get(x)) != null && !p.equals(x)) {
      x = p;
    }
    return x;
  }

  /** The id of the group {@code article} belongs to (the group's smallest article id). */
  public String group(String article) {
    return root.getOrDefault(article, article);
  }

  /** Number of independent sources among {@code articles}. */
  public int count(Collection<String> articles) {
    Set<String> groups = new HashSet<>();
    for (String a : articles) {
      groups.add(group(a));
    }
    return groups.size();
  }

  /** Whether no article of {@code left} shares a source group with an article of {@code right}. */
  public boolean independent(Collection<String> left, Collection<String> right) {
    Set<String> groups = new HashSet<>();
    for (String a : left) {
      groups.add(group(a));
    }
    for (String b : right) {
      if (groups.contains(group(b))) {
        return false;
      }
    }
    return true;
  }
}
