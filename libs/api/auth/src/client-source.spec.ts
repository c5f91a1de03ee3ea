import { clientSource } from './client-source';

describe(clientSource.name, () => {
  it('counts an IPv4 address as itself, mapped or not', () => {
    expect(clientSource('203.0.113.7')).toBe('203.0.113.7');
    expect(clientSource('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64, however it is written', () => {
    const expected = '2001:db8:1:2::/64';
    for (const ip of [
      '2001:db8:1:2::1',
      '2001:0db8:0001:0002:ffff:ffff:ffff:ffff',
      '2001:DB8:1:2:0:0:0:9',
      '2001:db8:1:2::1.2.3.4',
      '2001:db8:1:2::1%eth0',
    ]) {
      expect(clientSource(ip)).toBe(expected);
    }
    expect(clientSource('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientSource('::1')).toBe('0:0:0:0::/64');
    expect(clientSource('2001:db8:1:3::1')).not.toBe(expected);
  });

  it('puts what is not an address in one shared bucket', () => {
    expect(clientSource(undefined)).toBe('unknown');
    expect(clientSource('not an address')).toBe('unknown');
  });
});
