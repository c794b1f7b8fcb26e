package com.queuewallboard.board;

import java.util.List;

/** A queue's alert level and the reasons for it, in words for the tile ("5 waiting, 2 free"). */
public record Assessment(AlertLevel level, List<String> reasons) {

    public static final Assessment NORMAL = new Assessment(AlertLevel.NORMAL, List.of());

    public Assessment {
        reasons = List.copyOf(reasons);
    }
}
