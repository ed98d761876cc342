import { createHash } from 'node:crypto';

/**
 * A network's id: from its anchor (the earliest seller account, or for a network seen only through a
 * collector, that collector's key), so re-analysis keeps the id while that anchor stays in it.
 */
export function networkId(anchor: string): string {
  return `NW-${createHash('sha256').update(anchor).digest('hex').slice(0, 10)}`;
}
