package com.queuewallboard;

/** Entry point placeholder; replaced by the CLI / wallboard dispatcher. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.out.println("Queue Wallboard");
    }
}
