/**
 * Where jobs are kept: the narrow interfaces the client, the server and the monitoring API use.
 * Internal to Stoker; their jOOQ implementation sits in {@code storage.jooq}, where the statements
 * that differ between PostgreSQL and H2 are one set per database, chosen when a store is built.
 */
package dev.stoker.storage;
