package com.queuewallboard.insight;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlarmSoundsTest {

    /** What a WAV says about itself, read back from the bytes. */
    record Wav(int format, int channels, int sampleRate, int bits, short[] samples) {
        static Wav read(byte[] bytes) {
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals("RIFF", text(bytes, 0));
            assertEquals(bytes.length - 8, b.getInt(4));
            assertEquals("WAVE", text(bytes, 8));
            assertEquals("fmt ", text(bytes, 12));
            assertEquals(16, b.getInt(16));
            int rate = b.getInt(24);
            assertEquals(rate * 2, b.getInt(28), "byte rate");
            assertEquals(2, b.getShort(32), "block align");
            assertEquals("data", text(bytes, 36));
            int dataBytes = b.getInt(40);
            assertEquals(bytes.length - 44, dataBytes);
            short[] samples = new short[dataBytes / 2];
            b.position(44);
            b.asShortBuffer().get(samples);
            return new Wav(b.getShort(20), b.getShort(22), rate, b.getShort(34), samples);
        }

        double seconds() {
            return (double) samples.length / sampleRate;
        }

        double peak() {
            int max = 0;
            for (short s : samples) max = Math.max(max, Math.abs(s));
            return max / 32767.0;
        }

        /** Separate bursts of sound: runs of audible samples divided by 20 ms or more of silence. */
        int bursts() {
            int bursts = 0;
            int quiet = sampleRate;
            for (short s : samples) {
                if (Math.abs(s) > 300) {
                    if (quiet >= sampleRate / 50) bursts++;
                    quiet = 0;
                } else {
                    quiet = Math.min(quiet + 1, sampleRate);
                }
            }
            return bursts;
        }

        private static String text(byte[] bytes, int at) {
            return new String(bytes, at, 4, StandardCharsets.US_ASCII);
        }
    }

    @Test
    void warningIsASoftTwoToneChime() {
        Wav w = Wav.read(AlarmSounds.warningChime());
        assertEquals(1, w.format(), "PCM");
        assertEquals(1, w.channels());
        assertEquals(16, w.bits());
        assertEquals(22_050, w.sampleRate());
        assertEquals(0.75, w.seconds(), 0.001);
        assertTrue(w.peak() > 0.35 && w.peak() <= 0.46, "peak " + w.peak());
        assertEquals(1, w.bursts(), "the two tones run into each other");
        assertTrue(frequencyAt(w, 0.05, 0.25) > 600, "first tone high");
        assertTrue(frequencyAt(w, 0.40, 0.65) < 600, "second tone lower");
    }

    @Test
    void alertIsALouderTripleBeep() {
        Wav a = Wav.read(AlarmSounds.alertBeeps());
        assertEquals(0.50, a.seconds(), 0.001);
        assertTrue(a.peak() > 0.8 && a.peak() <= 0.86, "peak " + a.peak());
        assertEquals(3, a.bursts());
        assertTrue(a.peak() > Wav.read(AlarmSounds.warningChime()).peak() * 1.5, "clearly louder than the warning");
        assertTrue(frequencyAt(a, 0.01, 0.11) > 900);
    }

    @Test
    void noClicksAtTheEdges() {
        for (byte[] wav : List.of(AlarmSounds.warningChime(), AlarmSounds.alertBeeps())) {
            short[] s = Wav.read(wav).samples();
            assertTrue(Math.abs(s[0]) < 200 && Math.abs(s[s.length - 1]) < 200, "starts and ends near zero");
        }
    }

    @Test
    void callersGetCopies() {
        byte[] first = AlarmSounds.alertBeeps();
        Arrays.fill(first, (byte) 0);
        assertEquals("RIFF", new String(AlarmSounds.alertBeeps(), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void playsTheCueOnTheSink() {
        List<Object[]> played = new ArrayList<>();
        AudioSink fake = (wav, volume) -> played.add(new Object[]{wav, volume});
        assertFalse(AlarmSounds.play(SoundCue.NONE, fake, 1));
        assertTrue(AlarmSounds.play(SoundCue.ALERT, fake, 0.7));
        assertTrue(AlarmSounds.play(SoundCue.WARNING, fake, 0.3));
        assertEquals(2, played.size());
        assertArrayEquals(AlarmSounds.alertBeeps(), (byte[]) played.get(0)[0]);
        assertEquals(0.7, played.get(0)[1]);
        assertArrayEquals(AlarmSounds.warningChime(), (byte[]) played.get(1)[0]);
        assertThrows(IllegalArgumentException.class, () -> AlarmSounds.play(SoundCue.ALERT, fake, 1.5));
    }

    @Test
    void synthBuildsExactLengths() {
        Wav w = Wav.read(new ToneSynth(8000).note(440, 0.5, 1.0, 0).silence(0.25).toWav());
        assertEquals(6000, w.samples().length);
        assertTrue(w.peak() > 0.95, "full scale reachable, no overflow: " + w.peak());
        assertEquals(0, w.samples()[5999]);
        assertThrows(IllegalArgumentException.class, () -> new ToneSynth(100));
    }

    /** Rough pitch from zero crossings between two times. */
    private static double frequencyAt(Wav w, double from, double to) {
        short[] s = w.samples();
        int a = (int) (from * w.sampleRate());
        int b = (int) (to * w.sampleRate());
        int crossings = 0;
        for (int i = a + 1; i < b; i++) if ((s[i - 1] < 0) != (s[i] < 0)) crossings++;
        return crossings / 2.0 / (to - from);
    }
}
