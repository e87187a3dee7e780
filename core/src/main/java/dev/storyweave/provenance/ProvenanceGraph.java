package dev.storyweave.provenance;

import dev.storyweave.model.Derivation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading of a story's provenance edges as a graph: articles joined by derivations count as one
 * independent source. Thread-safe (stateless).
 */
public final class ProvenanceGraph {

  private ProvenanceGraph() {}

  /**
   * Maps each article to the representative of its connected component under {@code derivations},
   * so that a copy and its source are counted once. The representative is the component's original
   * (a member that copies nothing), the smallest such id when there are several; an article without
   * edges represents itself.
   *
   * @param articleIds the story's article ids, distinct
   * @param derivations edges between those articles
   * @return an insertion-ordered map with one entry per id of {@code articleIds}
   * @throws IllegalArgumentException if an id repeats or an edge names an article not in {@code
   *     articleIds}
   */
  public static Map<String, String> independentGroups(
      List<String> articleIds, List<Derivation> derivations) {
    Map<String, String> parent = new LinkedHashMap<>();
    for (String id : articleIds) {
      if (parent.put(id, id) != null) {
        throw new IllegalArgumentException("duplicate article id: " + id);
      }
    }
    Set<String> copies = new HashSet<>();
    for (Derivation d : derivations) {
      for (String id : List.of(d.copy(), d.source())) {
        if (!parent.containsKey(id)) {
          throw new IllegalArgumentException("derivation names an unknown article: " + id);
        }
      }
      copies.add(d.copy());
      String a = find(parent, d.copy());
      String b = find(parent, d.source());
      if (!a.equals(b)) {
        parent.put(a, b);
      }
    }
    Map<String, String> representative = new HashMap<>();
    for (String id : articleIds) {
      String root = find(parent, id);
      String current = representative.get(root);
      if (current == null || better(id, current, copies)) {
        representative.put(root, id);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : articleIds) {
      out.put(id, representative.get(find(parent, id)));
    }
    return out;
  }

  private static boolean better(String candidate, String current, Set<String> copies) {
    boolean candidateOriginal = !copies.contains(candidate);
    boolean currentOriginal = !copies.contains(current);
    if (candidateOriginal != currentOriginal) {
      return candidateOriginal;
    }
    return candidate.compareTo(current) < 0;
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    String node = id;
    while (!node.equals(root)) {
      String next = parent.get(node);
      parent.put(node, root);
      node = next;
    }
    return root;
  }
}
