/**
 * Call recordings: ingest from drop folders, uploads and backfills; analysis with FFmpeg; storage
 * by content hash; state in PostgreSQL (schema {@code recording}); search in Elasticsearch.
 */
package org.qualitywatch.recording;
