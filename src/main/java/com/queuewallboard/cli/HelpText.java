package com.queuewallboard.cli;

import com.queuewallboard.config.AppPaths;
import com.queuewallboard.config.Regions;

import java.util.stream.Collectors;

/** The --help text: every flag, variable, file and exit code in one place. */
final class HelpText {
    private HelpText() {
    }

    static String text() {
        String regions = Regions.ALL.stream().map(r -> "  " + pad(r.key(), 16) + r.domain())
                .collect(Collectors.joining("\n"));
        StringBuilder codes = new StringBuilder();
        for (ExitCode c : ExitCode.values()) codes.append("  ").append(pad(String.valueOf(c.code), 5)).append(c.meaning).append('\n');
        return """
                Queue Wallboard - live Genesys Cloud queue figures, on a wallboard or in a terminal.

                Usage:
                  queue-wallboard [options]                 open the wallboard window
                  queue-wallboard --once  [options]         print one snapshot and exit
                  queue-wallboard --watch [options]         print a snapshot every interval until Ctrl+C
                  queue-wallboard --list-queues [options]   print the id and name of every queue
                  queue-wallboard --simulate [--port N]     run only the demo Genesys simulator for other clients

                With no OAuth client configured (or with --demo) everything runs on the embedded
                Genesys Cloud simulator on 127.0.0.1, and the output says DEMO.

                Connection:
                  --region R              region key (eu_west_1), AWS name (eu-west-1) or domain (mypurecloud.ie);
                                          %s
                  --client-id ID          OAuth client id (Client Credentials grant)
                  --client-secret-file F  read the client secret from file F (the secret is never a flag)
                  --base-url URL          API base URL for another deployment, a proxy or a simulator
                                          (plain http only for 127.0.0.1/localhost)
                  --login-url URL         login (OAuth) host, if it does not follow --base-url (api.X -> login.X)
                  --demo                  use the embedded simulator even when credentials are set

                What to show:
                  --queues LIST           queue ids or names, comma-separated; * is a wildcard ("Sales,Sup*").
                                          Default: every queue of the org.
                  --media LIST            media types counted: voice (default), chat, email, message, callback, ...
                  --interval S            live refresh, seconds (default 10, at least 2)
                  --today-interval S      today's totals refresh, seconds (default 60)
                  --time-zone Z           where "today" starts (default: this computer's zone), e.g. Europe/Dublin
                  --warn-waiting N        calls waiting that turn a queue amber (default 3)
                  --alert-waiting N       calls waiting that turn a queue red (default 6)
                  --warn-wait S           longest wait in seconds that turns a queue amber (default 60)
                  --alert-wait S          longest wait in seconds that turns a queue red (default 180)
                                          A queue is always red while calls waiting exceed agents available.

                Terminal output:
                  --format F              table (default), json or csv. JSON fields: see the README.
                  --count N               with --watch: stop after N snapshots. --watch keeps going through
                                          outages (a failed refresh prints the last figures as stale) and
                                          exits with the most serious problem seen during the run.

                Wallboard window:
                  --fullscreen            start full screen (for a wall TV)
                  --monitor N             which monitor, 1 = primary

                Simulator (--simulate, and demo mode):
                  --port N                port for --simulate (default: any free port)
                  --seed N  --speed X     model seed, and model seconds per real second
                  --sim-latency-ms N  --sim-error-rate X  --sim-extra-queues N   fault and scale knobs

                Settings are read from, strongest first: flags; environment variables GENESYS_CLIENT_ID,
                GENESYS_CLIENT_SECRET, GENESYS_REGION (or GENESYS_ENV), GENESYS_QUEUE_IDS (or GENESYS_QUEUE_ID),
                GENESYS_BASE_URL; a .env file in the working folder with the same names; the settings saved
                by the wallboard in %s (secret in its own owner-only file).

                The OAuth client's role needs: analytics:queueObservation:view,
                analytics:conversationAggregate:view, routing:queue:view.

                Regions:
                %s

                Exit codes:
                %sLog file: %s
                """.formatted(Regions.SHORTHAND_NOTE, AppPaths.home(), regions, codes,
                AppPaths.logFile());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }

}
