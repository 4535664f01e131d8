package org.newsfigures.core.context;

/** Counts of a comparison with gold: matched, predicted but not gold, gold but not predicted. */
record Score(int truePositives, int falsePositives, int falseNegatives) {
  static final Score ZERO = new Score(0, 0, 0);

  Score plus(Score other) {
    return new Score(
        truePositives + other.truePositives, falsePositives + other.falsePositives, falseNegatives + other.falseNegatives);
  }

  /** 1 when nothing was predicted: no false positive was made. */
  double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 1 : (double) truePositives / predicted;
  }

  /** 1 when gold is empty: nothing was missed. */
  double recall() {
    int gold = truePositives + falseNegatives;
    return gold == 0 ? 1 : (double) truePositives / gold;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
