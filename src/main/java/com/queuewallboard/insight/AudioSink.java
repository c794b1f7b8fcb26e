package com.queuewallboard.insight;

/**
 * Where alarm sounds go: the UI plugs in JavaFX {@code AudioClip} or {@code javax.sound}, tests a
 * fake that records what was played. Implementations must not block the caller for the length of
 * the sound.
 */
public interface AudioSink {

    /**
     * @param wav    a complete WAV file (RIFF, PCM)
     * @param volume 0 (silent) to 1 (full)
     */
    void play(byte[] wav, double volume);
}
