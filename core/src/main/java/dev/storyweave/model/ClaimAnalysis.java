package dev.storyweave.model;

import java.util.List;

/**
 * The claims of one story and the conflicts between them.
 *
 * @param claims claims ranked by independent support, then by number of articles
 * @param conflicts each conflicting pair once; indexes point into {@code claims}
 * @param diagnostics short notes on input the stage could not use, capped in number
 */
public record ClaimAnalysis(
    List<Claim> claims, List<Conflict> conflicts, List<String> diagnostics) {
  public ClaimAnalysis {
    claims = List.copyOf(claims);
    conflicts = List.copyOf(conflicts);
    diagnostics = List.copyOf(diagnostics);
    for (Conflict c : conflicts) {
      if (c.claim() >= claims.size() || c.otherClaim() >= claims.size()) {
        throw new IllegalArgumentException(
            "conflict points past the claims: claim="
                + c.claim()
                + " otherClaim="
                + c.otherClaim()
                + " claims="
                + claims.size());
      }
    }
  }
}
