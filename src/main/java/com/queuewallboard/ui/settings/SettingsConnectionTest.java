package com.queuewallboard.ui.settings;

import com.queuewallboard.ui.common.SourceOpener;

import com.queuewallboard.board.BoardSnapshot;
import com.queuewallboard.board.BoardSource;
import com.queuewallboard.board.Problem;
import com.queuewallboard.board.QueueInfo;
import com.queuewallboard.board.SourceException;
import com.queuewallboard.config.QueueSelection;
import com.queuewallboard.config.Settings;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings dialog's "Test connection": lists the org's queues with the entered connection and
 * checks one refresh of the ticked queues that exist there (all queues when none are). Blocking:
 * run it off the FX thread. Also words a {@link Problem} for a supervisor reading the dialog.
 */
final class SettingsConnectionTest {

    /** @param figuresProblem why live figures failed after the queues were listed; null when they worked */
    record Outcome(List<QueueInfo> listed, Problem figuresProblem) {
        Outcome {
            listed = List.copyOf(listed);
        }
    }

    private SettingsConnectionTest() {
    }

    /** @param wanted the ticked entries; ids the org does not have are left out of the figures check */
    static Outcome run(SourceOpener opener, Settings trial, List<String> wanted) throws SourceException {
        try (BoardSource lister = opener.open(trial.withQueues(List.of()))) {
            List<QueueInfo> listed = lister.listQueues();
            List<String> kept = existing(wanted, listed);
            BoardSnapshot snapshot;
            if (kept.isEmpty()) {
                snapshot = lister.refresh();
            } else {
                try (BoardSource ticked = opener.open(trial.withQueues(kept))) {
                    snapshot = ticked.refresh();
                }
            }
            return new Outcome(listed, snapshot.problems().isEmpty() ? null : snapshot.problems().get(0));
        }
    }

    /** The entries that can exist in the listed org: names and wildcards, and ids it has. */
    static List<String> existing(List<String> entries, List<QueueInfo> listed) {
        Set<String> ids = listed.stream().map(q -> q.id().toLowerCase()).collect(Collectors.toSet());
        return entries.stream().filter(e -> !QueueSelection.isQueueId(e) || ids.contains(e.strip().toLowerCase())).toList();
    }

    /** A short headline a supervisor can act on, then the problem's own message and support details. */
    static String explain(Problem p, Settings trial) {
        String headline = switch (p.kind()) {
            case AUTHENTICATION -> "The client id or secret was refused.";
            case PERMISSION -> "The OAuth client lacks a permission.";
            case NETWORK -> "Cannot reach Genesys Cloud (" + where(trial) + ").";
            case NOT_FOUND -> "Genesys Cloud answered \"not found\".";
            case RATE_LIMITED -> "Genesys Cloud is busy (too many requests).";
            case SERVICE -> "Genesys Cloud answered with an error.";
            case BAD_REQUEST -> "Genesys Cloud rejected the request.";
            case CONFIG -> "The connection settings cannot be used.";
        };
        return headline + "\n" + p.oneLine();
    }

    private static String where(Settings trial) {
        if (trial.baseUrl() != null) {
            try {
                String host = URI.create(trial.baseUrl()).getHost();
                if (host != null) return host;
            } catch (IllegalArgumentException ignored) {
                // fall through to the raw text
            }
            return trial.baseUrl();
        }
        return trial.region() == null ? "no region set" : "region " + trial.region();
    }

    /** "Connected: 13 queues loaded into the list below. Live figures OK." and what was unticked or failed. */
    static String summary(Outcome outcome, int dropped, Settings trial) {
        int n = outcome.listed().size();
        StringBuilder text = new StringBuilder("Connected: ").append(n).append(n == 1 ? " queue" : " queues")
                .append(" loaded into the list below.");
        if (dropped > 0) {
            text.append(' ').append(dropped).append(dropped == 1 ? " ticked queue is" : " ticked queues are")
                    .append(" not in this org and ").append(dropped == 1 ? "was" : "were").append(" unticked.");
        }
        Problem figures = outcome.figuresProblem();
        if (figures == null) {
            text.append(" Live figures OK.");
        } else {
            text.append("\nBut live figures failed: ").append(explain(figures, trial));
        }
        return text.toString();
    }
}
