// Client for the recordings API (search, detail, peaks, audio, upload, backfills, completeness).
import { http } from '@/api/http';

export const PAGE_SIZE = 20;

/** GET /api/recordings: { total, nextCursor, items, facets }. */
export function searchRecordings(query, { signal } = {}) {
  return http.get('/api/recordings', { query: { size: PAGE_SIZE, ...query }, signal });
}

/** GET /api/recordings/{id}: metadata, analysis and transcript. */
export function getRecording(id, options = {}) {
  return http.get(`/api/recordings/${encodeURIComponent(id)}`, options);
}

/** GET /api/recordings/{id}/peaks: { peaksPerSecond, duration, channels: [[0..1], ..] }. */
export function getPeaks(id, options = {}) {
  return http.get(`/api/recordings/${encodeURIComponent(id)}/peaks`, options);
}

/** Playable audio (audio/mpeg, Range); the server records every play. */
export function audioUrl(id) {
  return `/api/recordings/${encodeURIComponent(id)}/audio`;
}

/** The original file as an attachment; the server records every download. */
export function downloadUrl(id) {
  return `/api/recordings/${encodeURIComponent(id)}/download`;
}

/**
 * POST /api/recordings (multipart): part "file" = the audio, part "metadata" = JSON.
 * Answers 202 { id, status, duplicate }; 409 when the call id already has different audio.
 */
export function uploadRecording(file, metadata, options = {}) {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('metadata', new Blob([JSON.stringify(metadata)], { type: 'application/json' }), 'metadata.json');
  return http.post('/api/recordings', form, options);
}

/** GET /api/admin/backfills: [{ id, root, status, total, done, ... }]. */
export function listBackfills(options = {}) {
  return http.get('/api/admin/backfills', options);
}

/** POST /api/admin/backfills { root }: starts a backfill of a server directory, answers the job. */
export function startBackfill(root, options = {}) {
  return http.post('/api/admin/backfills', { root }, options);
}

/** GET /api/recordings/completeness?from=&to=: { missing: [...], count }. */
export function getCompleteness(from, to, options = {}) {
  return http.get('/api/recordings/completeness', { ...options, query: { from, to } });
}
