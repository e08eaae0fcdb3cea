import { describe, expect, it } from 'vitest';
import { expandIPv6, rateLimitSubjectForIp } from './ip-subject.util.js';

describe('rateLimitSubjectForIp', () => {
  it('keeps IPv4 addresses whole', () => {
    expect(rateLimitSubjectForIp('203.0.113.7')).toBe('203.0.113.7');
    expect(rateLimitSubjectForIp('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 addresses by /64', () => {
    const a = rateLimitSubjectForIp('2001:db8:1:2:aaaa::1');
    const b = rateLimitSubjectForIp('2001:0DB8:0001:0002:ffff:ffff:ffff:ffff');
    expect(a).toBe('2001:db8:1:2::/64');
    expect(b).toBe(a);
    expect(rateLimitSubjectForIp('2001:db8:1:3::1')).not.toBe(a);
    expect(rateLimitSubjectForIp('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitSubjectForIp('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('expands compressed forms and embedded IPv4', () => {
    expect(expandIPv6('2001:db8::')).toEqual(['2001', 'db8', '0', '0', '0', '0', '0', '0']);
    expect(expandIPv6('64:ff9b::192.0.2.33')).toEqual(['64', 'ff9b', '0', '0', '0', '0', 'c000', '221']);
  });

  it('never returns an empty subject', () => {
    expect(rateLimitSubjectForIp('')).toBe('unknown');
  });
});
