package io.github.nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs work on every core in batches and hands the results on in submission order. Memory stays
 * bounded by one batch, however long the input: this is how a JSON Lines file of 100,000 reports
 * streams through.
 *
 * @param <T> what one piece of work produces
 */
final class Pipeline<T> implements AutoCloseable {

    private final ExecutorService workers;
    private final int batchSize;
    private final Consumer<T> sink;
    private final List<Callable<T>> pending = new ArrayList<>();

    Pipeline(int threads, int batchSize, Consumer<T> sink) {
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nianbao-worker");
            t.setDaemon(true);
            return t;
        });
        this.batchSize = batchSize;
        this.sink = sink;
    }

    void submit(Callable<T> work) {
        pending.add(work);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            List<Future<T>> done = workers.invokeAll(pending);
            pending.clear();
            for (Future<T> f : done) {
                sink.accept(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Work items catch what their input can throw; anything else is a bug worth its stack trace.
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        flush();
        workers.shutdownNow();
    }
}
