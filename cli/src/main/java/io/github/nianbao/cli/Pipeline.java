package io.github.nianbao.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs work on every core and hands the results on in submission order, while the caller goes on
 * reading: work is grouped into chunks, and a bounded number of chunks is queued or running at any
 * time. Memory stays bounded by that many chunks, however long the input: this is how a JSON Lines
 * file of 100,000 reports streams through. Not thread-safe: one thread submits and receives.
 *
 * @param <T> what one piece of work produces
 */
final class Pipeline<T> implements AutoCloseable {

    private final ExecutorService workers;
    private final int chunkSize;
    private final int maxChunks;
    private final Consumer<T> sink;
    private final ArrayDeque<Future<List<T>>> running = new ArrayDeque<>();
    private List<Callable<T>> chunk;

    /**
     * Creates a pipeline.
     *
     * @param threads the worker threads
     * @param chunkSize how many pieces of work one task runs: enough to make handing over cheap
     * @param maxChunks how many tasks may be queued or running before the caller waits for the oldest
     * @param sink receives the results, in order, on the submitting thread
     */
    Pipeline(int threads, int chunkSize, int maxChunks, Consumer<T> sink) {
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nianbao-worker");
            t.setDaemon(true);
            return t;
        });
        this.chunkSize = chunkSize;
        this.maxChunks = maxChunks;
        this.sink = sink;
        this.chunk = new ArrayList<>(chunkSize);
    }

    void submit(Callable<T> work) {
        chunk.add(work);
        if (chunk.size() >= chunkSize) {
            dispatch();
        }
    }

    private void dispatch() {
        if (chunk.isEmpty()) {
            return;
        }
        List<Callable<T>> items = chunk;
        chunk = new ArrayList<>(chunkSize);
        while (running.size() >= maxChunks) {
            handOnOldest();
        }
        running.add(workers.submit(() -> {
            List<T> results = new ArrayList<>(items.size());
            for (Callable<T> item : items) {
                results.add(item.call());
            }
            return results;
        }));
        // Pass on what is done already, so that output flows while the input is read.
        while (!running.isEmpty() && running.peek().isDone()) {
            handOnOldest();
        }
    }

    private void handOnOldest() {
        try {
            for (T result : running.poll().get()) {
                sink.accept(result);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Work items catch what their input can throw; anything else is a bug worth its stack trace.
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Runs everything submitted so far and hands on every result. */
    void flush() {
        dispatch();
        while (!running.isEmpty()) {
            handOnOldest();
        }
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            workers.shutdownNow();
        }
    }
}
