package com.queuewallboard.genesys;

import java.util.List;

/**
 * One result of an observations answer, reduced while it is read to what the board uses: its group
 * and the sums of its data. Which groups count (media types, a repeated group, agents from one
 * group only) is decided later by ObservationMapper, which knows the board's media and queues.
 *
 * @param queueId           the group's queueId (results without one are dropped)
 * @param mediaType         the group's mediaType as sent, or null for a {queueId} group
 * @param hasData           whether the result had a data array (an empty one counts; a missing one not)
 * @param longestDurationMs the largest oLongestWaiting given as a duration (0 when none)
 * @param oldestEpochMs     the smallest oLongestWaiting given as an epoch timestamp (+infinity when none)
 * @param waitingSince      oWaiting observation dates that may be the oldest, unparsed (dates are dear to
 *                          parse and needed only when oLongestWaiting does not say); empty when the
 *                          group's own oLongestWaiting already says a second or more
 * @param hasUserMetrics    whether any o...Users metric, known or not, was in the data
 * @param active            the largest oActiveUsers count (0 when none)
 * @param members           the largest oMemberUsers count (0 when none)
 */
record ObservationGroup(String queueId, String mediaType, boolean hasData,
                        int waiting, int interacting, int alerting,
                        double longestDurationMs, double oldestEpochMs, List<String> waitingSince,
                        boolean hasUserMetrics, int onQueue, int idle, int notResponding, int offQueue,
                        int active, int members) {
}
