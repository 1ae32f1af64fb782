/**
 * How the local server (scripts/serve.ts) reads a request line before touching the disk: the method, the length, the
 * percent-encoding and the path segments. Pure, so every malformed, over-long or traversal request is decided here,
 * tested with generated input, and the server itself only maps a safe relative path to a file under dist/.
 */

/** Longest request target the server reads; a longer one is answered 400 (no address of the site comes near it). */
export const MAX_TARGET_LENGTH = 2048;

export type PathDecision =
  | { kind: 'ok'; /** Decoded segments, none empty, `.` or `..`; joined with `/` under dist/. */ segments: string[]; trailingSlash: boolean; /** Re-encoded, for headers and redirects. */ pathname: string; search: string }
  | { kind: 'error'; status: 400 | 404 | 405; reason: string };

const ALLOWED_METHODS = new Set(['GET', 'HEAD']);

/**
 * Decides what a request asks for. `target` is the raw request target (`req.url`). Never throws.
 * 405: a method other than GET or HEAD. 400: an empty, over-long, non-origin-form or badly encoded target, or one
 * whose decoded path holds a NUL, a backslash or a control character. 404: a traversal (`..` or `.` segment, raw or
 * encoded), which names no file of the site.
 */
export function decideRequestPath(method: string | undefined, target: string | undefined): PathDecision {
  if (!method || !ALLOWED_METHODS.has(method)) return { kind: 'error', status: 405, reason: 'method not allowed' };
  if (!target || target.length > MAX_TARGET_LENGTH) return { kind: 'error', status: 400, reason: 'missing or over-long request target' };
  if (!target.startsWith('/')) return { kind: 'error', status: 400, reason: 'request target must start with /' };
  const query = target.indexOf('?');
  const rawPath = query === -1 ? target : target.slice(0, query);
  const search = query === -1 ? '' : target.slice(query);
  // Fragments never reach a server; a '#' or a second '//' at the start would read as another authority.
  if (rawPath.includes('#') || rawPath.startsWith('//')) return { kind: 'error', status: 400, reason: 'malformed path' };
  const rawSegments = rawPath.slice(1).split('/');
  const trailingSlash = rawPath.endsWith('/');
  const segments: string[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: 'error', status: 400, reason: 'malformed percent-encoding' };
    }
    // Control characters (NUL included) and backslashes (a separator on some systems) are never in a site path.
    if (/[\u0000-\u001f\u007f\\]/.test(segment)) return { kind: 'error', status: 400, reason: 'forbidden character in path' };
    if (segment.includes('/')) return { kind: 'error', status: 404, reason: 'encoded slash' };
    if (segment === '.' || segment === '..') return { kind: 'error', status: 404, reason: 'path traversal' };
    if (segment !== '') segments.push(segment);
    else if (index !== rawSegments.length - 1) return { kind: 'error', status: 404, reason: 'empty path segment' };
  }
  const pathname = `/${segments.map(encodeURIComponent).join('/')}${trailingSlash && segments.length > 0 ? '/' : ''}`;
  return { kind: 'ok', segments, trailingSlash, pathname, search };
}

/** True when `file` (absolute) is `root` or inside it: the last guard before a file is read. */
export function isInside(root: string, file: string): boolean {
  const base = root.endsWith('/') ? root : `${root}/`;
  return file === root || file.startsWith(base);
}
