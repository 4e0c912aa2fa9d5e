package dev.stoker.bench;

/**
 * What a measurement cost, per job: the database's transactions (reads included), WAL flushes to
 * disk (fsyncs; none with fsync off) and bytes of WAL, and the CPU time, in microseconds, of the
 * JVM the target's clients and servers run in and of the PostgreSQL server.
 */
record Cost(
    double transactions,
    double walSyncs,
    double walBytes,
    double jvmCpuMicros,
    double postgresCpuMicros) {}
