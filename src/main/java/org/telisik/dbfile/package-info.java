/**
 * Readers of database files that need JDBC, the one place besides {@code workspace} allowed to use it: the SQLite
 * reader opens a private temporary copy of the evidence read-only through the sqlite-jdbc driver. Nothing here
 * writes to a database or reaches the workspace; core finds these readers through
 * {@link org.telisik.core.read.ReaderProvider} and {@link java.util.ServiceLoader}, so core itself stays free of JDBC.
 */
package org.telisik.dbfile;
