package com.queuewallboard.insight;

import java.util.Arrays;

/**
 * A very small synthesiser for alarm sounds: notes (sine with a little of its octave for
 * brightness, a 5 ms attack so nothing clicks, then a decay) and silences, appended one after
 * another into 16-bit samples.
 */
public final class ToneSynth {
    /** The loudest the sine-plus-octave mix gets, so {@code peak} means the real peak. */
    private static final double MIX_PEAK = mixPeak();

    private final int sampleRate;
    private short[] samples = new short[0];

    public ToneSynth(int sampleRate) {
        if (sampleRate < 8000) throw new IllegalArgumentException("The sample rate must be 8000 Hz or more.");
        this.sampleRate = sampleRate;
    }

    /**
     * @param hz       pitch
     * @param seconds  length
     * @param peak     loudest sample as a fraction of full scale (0..1)
     * @param decay    how fast it fades: 0 holds the level (a beep), 5 or so rings out (a chime)
     */
    public ToneSynth note(double hz, double seconds, double peak, double decay) {
        int n = (int) Math.round(seconds * sampleRate);
        int attack = Math.max(1, sampleRate / 200);   // 5 ms
        int release = Math.max(1, sampleRate / 100);  // 10 ms fade at the end
        short[] out = grow(n);
        int offset = out.length - n;
        for (int i = 0; i < n; i++) {
            double t = (double) i / sampleRate;
            double envelope = Math.min(1, (double) i / attack) * Math.min(1, (double) (n - 1 - i) / release)
                    * Math.exp(-decay * t);
            double wave = mix(2 * Math.PI * hz * t) / MIX_PEAK;
            long sample = Math.round(wave * envelope * Math.min(1, Math.max(0, peak)) * Short.MAX_VALUE);
            out[offset + i] = (short) Math.max(-Short.MAX_VALUE, Math.min(Short.MAX_VALUE, sample));   // never wraps
        }
        samples = out;
        return this;
    }

    private static double mix(double phase) {
        return 0.8 * Math.sin(phase) + 0.2 * Math.sin(2 * phase);
    }

    private static double mixPeak() {
        double max = 0;
        for (int i = 0; i < 100_000; i++) max = Math.max(max, Math.abs(mix(2 * Math.PI * i / 100_000)));
        return max;
    }

    public ToneSynth silence(double seconds) {
        samples = grow((int) Math.round(seconds * sampleRate));
        return this;
    }

    public byte[] toWav() {
        return WavFile.mono16(samples, sampleRate);
    }

    private short[] grow(int more) {
        return Arrays.copyOf(samples, samples.length + more);
    }
}
