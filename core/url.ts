/**
 * Links taken from articles are untrusted: a page can declare
 * `<link rel="canonical" href="javascript:…">`. Only absolute http(s) URLs are
 * kept when an article is read, and the client checks every href it renders
 * with the same rule. Shared by the ingest pipeline and the browser.
 */

/** `value` when it is an absolute http: or https: URL, else null. */
export function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  // The URL parser drops tabs and newlines and lower-cases the scheme, as browsers do: check what it reads.
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : null;
}
