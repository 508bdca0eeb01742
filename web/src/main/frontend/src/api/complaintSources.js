// Client for the complaint-source rules (投诉来源规则): the sources with their deadlines, the repeat window and
// the warning point. Read and saved as a whole with optimistic locking, like the work-order rule documents.
import { http } from '@/api/http';

const URL = '/api/complaint-sources';

/** GET /api/complaint-sources: { version, customized, updatedBy, updatedAt, body: { sources, repeatWindowDays, warnAtFraction } }. */
export function getComplaintSources(options = {}) {
  return http.get(URL, options);
}

/** PUT /api/complaint-sources { version, body }: the saved document; 400 detail when invalid, 409 when stale. */
export function saveComplaintSources(version, body, options = {}) {
  return http.put(URL, { version, body }, options).then((data) => {
    sourcesPromise = null;
    return data;
  });
}

/** DELETE /api/complaint-sources?version=n: back to the defaults; 409 when stale. */
export function resetComplaintSources(version, options = {}) {
  return http.delete(URL, { ...options, query: { version } }).then((data) => {
    sourcesPromise = null;
    return data;
  });
}

let sourcesPromise = null;

/** The sources [{ code, name, external, ... }], fetched once per page load (a failure is retried next time). */
export function listComplaintSources({ refresh = false } = {}) {
  if (!sourcesPromise || refresh) {
    sourcesPromise = getComplaintSources({ silent: true })
      .then((data) => (Array.isArray(data?.body?.sources) ? data.body.sources.filter((s) => s && s.code) : []))
      .catch((error) => {
        sourcesPromise = null;
        throw error;
      });
  }
  return sourcesPromise;
}
