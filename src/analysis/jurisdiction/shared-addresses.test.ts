import { describe, expect, it } from 'vitest';
import { sharedAddresses } from './shared-addresses.ts';

const H = 3_600_000;

describe('sharedAddresses', () => {
  it('flags an address many accounts use within a day', () => {
    const events = Array.from({ length: 6 }, (_, i) => ({
      ip: '203.0.113.9',
      account: `a${i}`,
      port: null,
      at: i * H,
    }));
    expect(sharedAddresses(events).get('203.0.113.9')?.accounts).toBe(6);
  });
  it('ignores events with ports, and accounts spread over months', () => {
    const withPorts = Array.from({ length: 6 }, (_, i) => ({
      ip: '1.1.1.1',
      account: `a${i}`,
      port: 40000 + i,
      at: i,
    }));
    const spread = Array.from({ length: 6 }, (_, i) => ({
      ip: '2.2.2.2',
      account: `a${i}`,
      port: null,
      at: i * 30 * 24 * H,
    }));
    expect(sharedAddresses([...withPorts, ...spread]).size).toBe(0);
  });
});
