package dev.stoker.bench;

/**
 * What a measurement cost the database, per job: transactions (reads included), WAL flushes to disk
 * (fsyncs; none with fsync off) and bytes of WAL.
 */
record Cost(double transactions, double walSyncs, double walBytes) {}
