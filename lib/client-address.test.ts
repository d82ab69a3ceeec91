import { describe, expect, it } from 'vitest';
import { clientAddressOf, trustedProxyHops } from './client-address';

describe('clientAddressOf', () => {
  it('believes no header without trusted proxies: the socket peer is the client', () => {
    expect(clientAddressOf('10.0.0.5', '203.0.113.9', 0)).toBe('10.0.0.5');
    expect(clientAddressOf('10.0.0.5', ['1.1.1.1', '2.2.2.2'], 0)).toBe('10.0.0.5');
    expect(clientAddressOf('10.0.0.5', undefined, 0)).toBe('10.0.0.5');
  });

  it('takes the address each trusted proxy saw, never one a client prepended', () => {
    // nginx (127.0.0.1) appends what it saw; the client forged 203.0.113.9 before it.
    expect(clientAddressOf('127.0.0.1', '203.0.113.9, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientAddressOf('127.0.0.1', '203.0.113.9, 198.51.100.7, 10.0.0.2', 2)).toBe(
      '198.51.100.7',
    );
  });

  it('falls back to the leftmost address when the chain is shorter than the hops', () => {
    expect(clientAddressOf('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(clientAddressOf('127.0.0.1', '198.51.100.7', 3)).toBe('198.51.100.7');
    expect(clientAddressOf(undefined, undefined, 0)).toBe('unknown');
  });
});

describe('trustedProxyHops', () => {
  it('defaults to none and refuses nonsense with a clear message', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('')).toBe(0);
    expect(trustedProxyHops('1')).toBe(1);
    expect(() => trustedProxyHops('-1')).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHops('yes')).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
