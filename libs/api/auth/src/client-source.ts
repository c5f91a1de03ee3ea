import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address a request is counted against for rate limits and sign-in failures. An IPv6 client
 * usually holds a whole /64, so counting single IPv6 addresses would give it billions of fresh
 * counters: its /64 prefix is the unit (as Mastodon does). IPv4-mapped IPv6 counts as IPv4.
 */
export function clientSource(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = ip.toLowerCase().startsWith('::ffff:') ? ip.slice(7) : ip;
  if (isIPv4(mapped)) return mapped;
  if (!isIPv6(ip)) return 'unknown';
  return `${ipv6Groups(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, expanded and without leading zeros. */
function ipv6Groups(ip: string): string[] {
  const [address = ''] = ip.split('%'); // zone index
  const [head = '', tail] = address.split('::');
  const parse = (part: string) => (part ? part.split(':') : []);
  let left = parse(head);
  let right = tail === undefined ? [] : parse(tail);
  // An embedded IPv4 tail (::1.2.3.4) stands for two groups; only the /64 prefix is kept anyway.
  const last = (tail === undefined ? left : right).at(-1);
  if (last && last.includes('.')) {
    if (tail === undefined) left = [...left.slice(0, -1), '0', '0'];
    else right = [...right.slice(0, -1), '0', '0'];
  }
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => parseInt(g, 16).toString(16));
}
