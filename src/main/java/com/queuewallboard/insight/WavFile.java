package com.queuewallboard.insight;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Wraps 16-bit mono PCM samples in a canonical 44-byte WAV header. */
public final class WavFile {
    public static final int HEADER_BYTES = 44;

    private WavFile() {
    }

    public static byte[] mono16(short[] samples, int sampleRate) {
        if (sampleRate <= 0) throw new IllegalArgumentException("The sample rate must be positive.");
        int dataBytes = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16)
                .putShort((short) 1)              // PCM
                .putShort((short) 1)              // mono
                .putInt(sampleRate)
                .putInt(sampleRate * 2)           // byte rate
                .putShort((short) 2)              // block align
                .putShort((short) 16);            // bits per sample
        b.put(ascii("data")).putInt(dataBytes);
        for (short s : samples) b.putShort(s);
        return b.array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
