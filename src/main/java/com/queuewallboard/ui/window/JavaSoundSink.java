package com.queuewallboard.ui.window;

import com.queuewallboard.insight.AudioSink;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import java.io.ByteArrayInputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plays alarm sounds with javax.sound.sampled (java.desktop, on every desktop OS; no JavaFX media
 * and no native codecs needed for PCM WAV). Each sound is written to a line on one daemon thread
 * of its own, so the FX thread never waits for it; at most two sounds wait their turn, more are
 * dropped (an alarm sounding twice in a row says nothing new). The volume scales the 16-bit
 * samples themselves, because a gain control is not offered by every mixer. A computer without a
 * sound device plays nothing and says so once in the log.
 */
final class JavaSoundSink implements AudioSink {
    private static final Logger LOG = Logger.getLogger(JavaSoundSink.class.getName());
    private final ThreadPoolExecutor player = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(2), com.queuewallboard.ui.common.BackgroundTasks.daemonThreads("alarm-sound"),
            new ThreadPoolExecutor.DiscardPolicy());
    /** Once per run, however many boards (sinks) a session makes. */
    private static volatile boolean reportedMissing;

    JavaSoundSink() {
        player.allowCoreThreadTimeOut(true);
    }

    @Override
    public void play(byte[] wav, double volume) {
        player.execute(() -> playNow(wav, volume));
    }

    private void playNow(byte[] wav, double volume) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = in.getFormat();
            byte[] pcm = in.readAllBytes();
            scale(pcm, format, volume);
            try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
                line.open(format);
                line.start();
                line.write(pcm, 0, pcm.length);
                line.drain();
            }
        } catch (Exception | LinkageError e) {
            if (!reportedMissing) {
                reportedMissing = true;
                LOG.log(Level.WARNING, "Alarm sounds cannot play on this computer (" + e.getClass().getSimpleName()
                        + ": " + e.getMessage() + "); alarms still show on the board.");
            }
        }
    }

    /** Multiplies 16-bit signed samples by the volume, in place. */
    static void scale(byte[] pcm, AudioFormat format, double volume) {
        if (volume >= 1 || format.getSampleSizeInBits() != 16 || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) return;
        boolean big = format.isBigEndian();
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            int lo = pcm[big ? i + 1 : i] & 0xff;
            int hi = pcm[big ? i : i + 1];
            int v = (int) Math.round(((hi << 8) | lo) * volume);
            pcm[big ? i + 1 : i] = (byte) v;
            pcm[big ? i : i + 1] = (byte) (v >> 8);
        }
    }

    void shutdown() {
        player.shutdownNow();
    }
}
