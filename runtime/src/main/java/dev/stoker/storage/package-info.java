/**
 * Where jobs are kept: the one narrow interface the client, the server and the monitoring API use.
 * Internal to Stoker; its jOOQ implementation sits in {@code storage.jooq}.
 */
package dev.stoker.storage;
