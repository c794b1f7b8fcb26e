package com.queuewallboard.insight;

/**
 * The board's two alarm sounds, made here rather than shipped as downloaded files: a soft
 * descending two-tone chime for a warning, and an urgent, louder triple beep for an alert.
 * Both are generated once (33 KB and 22 KB of 22.05 kHz mono PCM) and handed to an {@link AudioSink}.
 */
public final class AlarmSounds {
    public static final int SAMPLE_RATE = 22_050;

    private static final byte[] WARNING = new ToneSynth(SAMPLE_RATE)
            .note(659.25, 0.30, 0.45, 4)      // E5
            .note(523.25, 0.45, 0.45, 4)      // C5, ringing out
            .toWav();
    private static final byte[] ALERT = new ToneSynth(SAMPLE_RATE)
            .note(1046.5, 0.12, 0.85, 0).silence(0.07)    // C6, three short, level beeps
            .note(1046.5, 0.12, 0.85, 0).silence(0.07)
            .note(1046.5, 0.12, 0.85, 0)
            .toWav();

    private AlarmSounds() {
    }

    /** A copy of the warning chime (0.75 s). */
    public static byte[] warningChime() {
        return WARNING.clone();
    }

    /** A copy of the alert triple beep (0.50 s). */
    public static byte[] alertBeeps() {
        return ALERT.clone();
    }

    /** Plays the cue's sound on the sink; NONE plays nothing. Returns true when something played. */
    public static boolean play(SoundCue cue, AudioSink sink, double volume) {
        if (cue == null || cue == SoundCue.NONE) return false;
        if (!(volume >= 0 && volume <= 1)) throw new IllegalArgumentException("The volume must be 0-1, not " + volume + ".");
        sink.play(cue == SoundCue.ALERT ? ALERT.clone() : WARNING.clone(), volume);
        return true;
    }
}
