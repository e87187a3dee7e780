package dev.storyweave.app.eval;

import java.util.List;

/** Small metric helpers shared by the eval harnesses. Stateless. */
final class EvalMetrics {

  private EvalMetrics() {}

  /** Area under the ROC curve: the chance a positive outscores a negative (ties count half). */
  static double auc(List<Double> positives, List<Double> negatives) {
    if (positives.isEmpty() || negatives.isEmpty()) {
      throw new IllegalArgumentException(
          "auc needs both classes: positives="
              + positives.size()
              + " negatives="
              + negatives.size());
    }
    double wins = 0;
    for (double p : positives) {
      for (double n : negatives) {
        wins += p > n ? 1 : p == n ? 0.5 : 0;
      }
    }
    return wins / ((double) positives.size() * negatives.size());
  }

  /** Mean of the recall on positives and the recall on negatives. */
  static double balancedAccuracy(
      int truePositives, int positives, int trueNegatives, int negatives) {
    return 0.5 * (ratio(truePositives, positives) + ratio(trueNegatives, negatives));
  }

  /** {@code a / b}, or 0 when {@code b} is 0. */
  static double ratio(double a, double b) {
    return b == 0 ? 0 : a / b;
  }

  /** The threshold on {@code score} that maximises balanced accuracy on the given examples. */
  static double bestThreshold(List<Double> positives, List<Double> negatives) {
    double best = Double.NaN;
    double bestAccuracy = -1;
    for (List<Double> side : List.of(positives, negatives)) {
      for (double t : side) {
        int tp = (int) positives.stream().filter(p -> p >= t).count();
        int tn = (int) negatives.stream().filter(n -> n < t).count();
        double accuracy = balancedAccuracy(tp, positives.size(), tn, negatives.size());
        if (accuracy > bestAccuracy) {
          bestAccuracy = accuracy;
          best = t;
        }
      }
    }
    return best;
  }
}
