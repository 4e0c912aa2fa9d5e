package dev.stoker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Work shared out by ticket among threads that start together, timed. */
final class InParallel {

  private InParallel() {}

  /** Calls {@code task} for tickets 0 to count - 1 from {@code threads} threads; returns nanos. */
  static long run(int threads, int count, TicketTask task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(threads + 1);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        Callable<Void> share =
            () -> {
              start.await();
              for (long ticket = first; ticket < count; ticket += threads) {
                task.run(ticket);
              }
              return null;
            };
        futures.add(executor.submit(share));
      }
      start.await();
      long begin = System.nanoTime();
      for (Future<Void> future : futures) {
        future.get();
      }
      return System.nanoTime() - begin;
    } finally {
      executor.shutdownNow();
    }
  }

  /** One job's worth of work for a ticket. */
  @FunctionalInterface
  interface TicketTask {
    void run(long ticket) throws Exception;
  }
}
