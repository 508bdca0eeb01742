// Small fetch-based API client for the QualityWatch backend.
//  - same-origin JSON requests under /api
//  - sends "X-CSRF-Token" on every non-GET request
//  - parses application/problem+json errors into ApiError
//  - on 401 (except /api/auth/*) clears the session and routes to /login?redirect=...
//  - shows errors with ElMessage (the problem's detail) unless { silent: true }
import { ElMessage } from 'element-plus';
import { currentLocale, t } from '@/i18n';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** An error answered by the API (or a network failure: status 0). */
export class ApiError extends Error {
  constructor({ status = 0, type, title, detail, errors, body } = {}) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.type = type || 'about:blank';
    this.title = title || '';
    this.detail = detail || title || '';
    /** Field errors: [{ field, message }] (empty when none). */
    this.errors = Array.isArray(errors) ? errors : [];
    /** The parsed response body, if any (e.g. /api/health answers 503 with its normal body). */
    this.body = body;
  }
}

// Hooks set by main.js, so this module does not depend on the store or the router.
const hooks = {
  getCsrfToken: () => null,
  onUnauthorized: () => {},
};

export function configureHttp({ getCsrfToken, onUnauthorized } = {}) {
  if (getCsrfToken) hooks.getCsrfToken = getCsrfToken;
  if (onUnauthorized) hooks.onUnauthorized = onUnauthorized;
}

function buildUrl(url, query) {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else params.append(key, value);
  }
  const qs = params.toString();
  if (!qs) return url;
  return url + (url.includes('?') ? '&' : '?') + qs;
}

async function readBody(response) {
  if (response.status === 204 || response.status === 205) return null;
  const type = response.headers.get('content-type') || '';
  const text = await response.text();
  if (!text) return null;
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function isAuthEndpoint(url) {
  return url.startsWith('/api/auth/');
}

/** Shows an error with ElMessage (the problem's detail). */
export function showError(error) {
  if (!error) return;
  const message =
    (error instanceof ApiError && (error.detail || error.title)) ||
    error.message ||
    t('errors.unknown', { status: error.status ?? '?' });
  ElMessage({ type: 'error', message, showClose: true, grouping: true });
}

/**
 * Sends one request.
 * @param {string} method  HTTP method
 * @param {string} url     path under /api
 * @param {object} [options]
 * @param {*}      [options.body]    object (sent as JSON), FormData, Blob or string
 * @param {object} [options.query]   query parameters (null/undefined/'' are left out)
 * @param {object} [options.headers] extra headers
 * @param {AbortSignal} [options.signal]
 * @param {boolean} [options.silent] do not show an ElMessage on error
 * @returns {Promise<*>} parsed JSON (or text; null for 204)
 */
export async function request(method, url, options = {}) {
  const { body, query, headers = {}, signal, silent = false } = options;
  const upper = method.toUpperCase();
  const finalHeaders = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLocale(),
    ...headers,
  };
  let payload = body;
  if (body !== undefined && body !== null && !(body instanceof FormData) && !(body instanceof Blob) && typeof body !== 'string') {
    finalHeaders['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (!SAFE_METHODS.has(upper)) {
    const token = hooks.getCsrfToken();
    if (token) finalHeaders['X-CSRF-Token'] = token;
  }

  let response;
  try {
    response = await fetch(buildUrl(url, query), {
      method: upper,
      headers: finalHeaders,
      body: payload,
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (cause && cause.name === 'AbortError') throw cause;
    const error = new ApiError({ status: 0, title: t('errors.network'), detail: t('errors.network') });
    if (!silent) showError(error);
    throw error;
  }

  const data = await readBody(response);
  if (response.ok) return data;

  const problem = data && typeof data === 'object' ? data : {};
  const error = new ApiError({
    status: response.status,
    type: problem.type,
    title: problem.title || response.statusText,
    detail: problem.detail || (typeof data === 'string' && data.length < 300 ? data : '') || t('errors.unknown', { status: response.status }),
    errors: problem.errors,
    body: data,
  });

  if (response.status === 401 && !isAuthEndpoint(url)) {
    hooks.onUnauthorized(error);
    throw error;
  }
  if (!silent) showError(error);
  throw error;
}

export const http = {
  get: (url, options) => request('GET', url, options),
  post: (url, body, options = {}) => request('POST', url, { ...options, body }),
  put: (url, body, options = {}) => request('PUT', url, { ...options, body }),
  patch: (url, body, options = {}) => request('PATCH', url, { ...options, body }),
  delete: (url, options) => request('DELETE', url, options),
};

export default http;
