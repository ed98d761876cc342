/** Money transfer providers and the shape of their reference numbers. References are unique in a world. */
import type { Rng } from './prng.ts';

export interface Provider {
  readonly name: string;
  readonly weight: number;
  readonly reference: (rng: Rng) => string;
  /** First year the provider carried this corridor in the world. */
  readonly since: number;
}

export const PROVIDERS: readonly Provider[] = [
  { name: 'Western Union', weight: 30, reference: (r) => r.digits(10), since: 2012 },
  { name: 'MoneyGram', weight: 18, reference: (r) => r.digits(8), since: 2012 },
  { name: 'Xoom', weight: 10, reference: (r) => `X${r.alnum(9, '0123456789ABCDEF')}`, since: 2012 },
  { name: 'Remitly', weight: 12, reference: (r) => `RM${r.alnum(8)}`, since: 2014 },
  { name: 'WorldRemit', weight: 8, reference: (r) => `${r.alnum(3)}${r.digits(7)}`, since: 2014 },
  { name: 'Ria', weight: 6, reference: (r) => `RIA${r.digits(9)}`, since: 2012 },
  {
    name: 'PayPal',
    weight: 8,
    reference: (r) => r.alnum(17, 'ABCDEFGHJKLMNPRSTUVWXY0123456789'),
    since: 2012,
  },
  { name: 'Cebuana Lhuillier', weight: 4, reference: (r) => r.digits(16), since: 2012 },
  { name: 'Palawan Express', weight: 2, reference: (r) => `PX${r.digits(12)}`, since: 2012 },
  { name: 'GCash', weight: 5, reference: (r) => r.digits(13), since: 2017 },
];

export class ReferenceRegistry {
  private readonly taken = new Set<string>();

  draw(rng: Rng, provider: Provider): string {
    for (;;) {
      const ref = provider.reference(rng);
      if (!this.taken.has(ref)) {
        this.taken.add(ref);
        return ref;
      }
    }
  }
}

export function drawProvider(rng: Rng, year: number, favourite: Provider | null): Provider {
  if (favourite !== null && favourite.since <= year && rng.chance(0.7)) return favourite;
  const open = PROVIDERS.filter((p) => p.since <= year);
  return rng.weighted(open.map((p) => [p, p.weight] as const));
}
