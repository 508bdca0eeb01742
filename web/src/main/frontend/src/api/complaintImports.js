import { http } from '@/api/http';

/** POST /api/complaints/imports (multipart: "file" = CSV/XLSX, "preset" = city12345 | regulator): 202 with the import. */
export function startComplaintImport(file, preset, options = {}) {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('preset', preset);
  return http.post('/api/complaints/imports', form, options);
}

/** GET /api/complaints/imports: past imports (without their errors). */
export function listComplaintImports(options = {}) {
  return http.get('/api/complaints/imports', options);
}

/** GET /api/complaints/imports/{id}: one import with its per-row errors. */
export function getComplaintImport(id, options = {}) {
  return http.get(`/api/complaints/imports/${encodeURIComponent(id)}`, options);
}
