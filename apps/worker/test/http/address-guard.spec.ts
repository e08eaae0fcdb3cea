import { describe, expect, it } from 'vitest';
import { classifyAddress, isBlockedAddress } from '../../src/http/index.js';

describe('isBlockedAddress', () => {
  const blocked: ReadonlyArray<readonly [string, string]> = [
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['169.254.0.1', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.1', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['fec0::1', 'private'],
    // IPv4-mapped: the embedded IPv4 decides
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:0.0.0.0', 'unspecified'],
    // deprecated IPv4-compatible and translated forms
    ['::127.0.0.1', 'reserved'],
    ['::8.8.8.8', 'reserved'],
    ['::808:808', 'reserved'],
    ['::ffff:0:7f00:1', 'reserved'],
    // NAT64 and 6to4 of refused IPv4
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['64:ff9b:1::1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
    ['2002:a9fe:a9fe::', 'link-local'],
    // IETF ranges inside 2000::/3 and other non-global IPv6
    ['2001::1', 'reserved'], // Teredo
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['100::1', 'reserved'],
    ['1::1', 'reserved'],
    ['4000::1', 'reserved'],
    // not IP text at all: refused, never guessed
    ['', 'invalid'],
    ['localhost', 'invalid'],
    ['2130706433', 'invalid'],
    ['0177.0.0.1', 'invalid'],
    ['0x7f.0.0.1', 'invalid'],
    ['127.1', 'invalid'],
    ['1.2.3.4.5', 'invalid'],
  ];

  it.each(blocked)('refuses %s (%s)', (ip, kind) => {
    expect(isBlockedAddress(ip)).toBe(true);
    expect(classifyAddress(ip)).toBe(kind);
  });

  const allowed = [
    '1.1.1.1',
    '8.8.8.8',
    '93.184.216.34',
    '9.255.255.255',
    '11.0.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '126.255.255.255',
    '128.0.0.1',
    '169.253.255.255',
    '169.255.0.1',
    '172.15.255.255',
    '172.32.0.0',
    '192.167.255.255',
    '192.169.0.0',
    '198.17.255.255',
    '198.20.0.0',
    '223.255.255.255',
    '2606:4700:4700::1111',
    '2a00:1450:4001:81c::200e',
    '2001:4860:4860::8888',
    '::ffff:1.1.1.1',
    '::ffff:8.8.8.8',
    '0:0:0:0:0:ffff:8.8.4.4',
    '64:ff9b::101:101', // NAT64 of 1.1.1.1
    '2002:808:808::1', // 6to4 of 8.8.8.8
  ];

  it.each(allowed)('allows public %s', (ip) => {
    expect(classifyAddress(ip)).toBeNull();
    expect(isBlockedAddress(ip)).toBe(false);
  });
});
