package com.queuewallboard.board;

/** How urgent a queue looks, from its figures alone (staleness is judged by the view). */
public enum AlertLevel { NORMAL, WARNING, ALERT }
