package org.newsfigures.core.reconcile;

import java.util.List;

/** What reconciling one group of figures gives: its claims, conflicts and tariffs, each sorted. */
public record Reconciliation(List<Claim> claims, List<Conflict> conflicts, List<Tariff> tariffs) {
  public Reconciliation {
    claims = List.copyOf(claims);
    conflicts = List.copyOf(conflicts);
    tariffs = List.copyOf(tariffs);
  }
}
