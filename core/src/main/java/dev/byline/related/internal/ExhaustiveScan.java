package dev.byline.related.internal;

/**
 * The brute-force reference: scores every group with a member that shares a term with the
 * query, skipping none. {@link BoundedSearch} must give exactly its results; the tests check it
 * and the benchmarks compare the two. Used by one thread only.
 */
final class ExhaustiveScan {

    private final QueryScorer scorer;
    private final DocumentOrder order;

    ExhaustiveScan(QueryScorer scorer, DocumentOrder order) {
        this.scorer = scorer;
        this.order = order;
    }

    /** Scores every group that shares a term and is not an edition of the query. */
    void run() {
        int[][] groupMembers = order.groupMembers;
        for (int g = 0; g < groupMembers.length; g++) {
            if (scorer.excluded(g)) {
                continue;
            }
            int[] members = groupMembers[g];
            boolean readerEdition = scorer.readerEditionExists(g);
            double[] scores = scorer.memberScores(members.length);
            boolean anyShared = false;
            for (int m = 0; m < members.length; m++) {
                int d = members[m];
                double s = scorer.termScore(d);
                anyShared |= scorer.sharedTerm();
                scores[m] = scorer.eligible(d, readerEdition) ? scorer.score(d, s) : Double.NaN;
            }
            if (anyShared) {
                scorer.select(members, scores);
            }
        }
    }
}
