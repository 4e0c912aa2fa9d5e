package dev.stoker.bench;

/** A throughput measurement: jobs per second, and what each job cost the database. */
record Rate(double perSecond, Cost cost) {}
