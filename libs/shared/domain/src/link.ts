import { LIMITS } from './limits';

/**
 * The one check of a web address a person gives us (an event's online link, an organisation's
 * site…), on both sides: the WHATWG URL parser every browser and Node run (no pattern of ours, so
 * nothing to backtrack), http or https only, no user name or password (`https://bank.fr@evil.example`
 * is a classic trick), and a host that is a domain name with a real top-level domain (no IP address,
 * no `localhost`). Answers the address as the parser writes it (`https://Example.com/visio` →
 * `https://example.com/visio`, spaces percent-encoded, international names in punycode), which is
 * what we store and hand to calendars and browsers, or null when it is not such an address.
 */
export function normaliseLink(raw: string): string | null {
  const text = raw.trim();
  if (!text || text.length > LIMITS.urlMax) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || !isDomainName(url.hostname)) return null;
  return url.href.length <= LIMITS.urlMax ? url.href : null;
}

/** Labels of letters, digits, dashes (and underscores below the top level), ending in a top-level domain of letters or punycode. */
function isDomainName(hostname: string): boolean {
  const name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1] as string;
  const tldOk = tld.startsWith('xn--') ? tld.length > 4 : tld.length >= 2 && [...tld].every((c) => c >= 'a' && c <= 'z');
  return tldOk && labels.every(isLabel);
}

function isLabel(label: string): boolean {
  if (label.length === 0 || label.length > 63 || label.startsWith('-') || label.endsWith('-')) return false;
  for (const c of label) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-' || c === '_')) return false;
  }
  return true;
}
