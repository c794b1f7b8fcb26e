package com.queuewallboard.insight;

/** What the board should play now: nothing, the soft warning chime or the urgent alert beeps. */
public enum SoundCue { NONE, WARNING, ALERT }
