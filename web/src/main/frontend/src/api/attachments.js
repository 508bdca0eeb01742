// Client for attachments of complaints and supervision orders (base = '/api/complaints/12' or '/api/supervision-orders/3').
import { http } from '@/api/http';

/** GET {base}/attachments: [{ id, fileName, contentType, sizeBytes, uploadedBy, uploadedAt }]. */
export function listAttachments(base, options = {}) {
  return http.get(`${base}/attachments`, options);
}

/** POST {base}/attachments (multipart, part "file"): the stored attachment, or 400 with the reason it was refused. */
export function uploadAttachment(base, file, options = {}) {
  const form = new FormData();
  form.append('file', file, file.name);
  return http.post(`${base}/attachments`, form, options);
}

/** The download URL of an attachment (images may be shown inline). */
export function attachmentUrl(base, id, { inline = false } = {}) {
  return `${base}/attachments/${encodeURIComponent(id)}${inline ? '?inline=true' : ''}`;
}
