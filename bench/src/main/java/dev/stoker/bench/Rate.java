package dev.stoker.bench;

/**
 * A throughput measurement: jobs per second, what each job cost the database, and how many jobs
 * that cost is spread over (all of a drain's jobs done, the cap's included).
 */
record Rate(double perSecond, Cost cost, long jobs) {}
