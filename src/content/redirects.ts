/**
 * Redirect targets are paths on this site, never another host: `//evil.example` and
 * `/\evil.example` are read by browsers as other hosts, `javascript:` as code.
 */

export function isSitePath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return false;
  if (/[\p{Cc}\\]/u.test(path)) return false;
  try {
    // A path that resolves to another origin is not one of ours, however it is spelled.
    return new URL(path, 'http://site.invalid').origin === 'http://site.invalid';
  } catch {
    return false;
  }
}
