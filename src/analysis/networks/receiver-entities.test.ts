import { describe, expect, it } from 'vitest';
import { collectorKeys, receiverEntities } from './receiver-entities.ts';
import { transfer } from './testing-transfers.test-util.ts';

describe('receiverEntities', () => {
  it('joins the keys a transfer names its receiver by, across transfers', () => {
    const { entities, entityOf } = receiverEntities([
      transfer('t1', { receiver_name: 'Maria Santos', receiver_phone: '+63 917 555 0101' }),
      transfer('t2', { receiver_name: 'SANTOS, Maria', receiver_phone: null }),
      transfer('t3', { receiver_name: 'M. Santos', receiver_phone: '09175550101' }),
      transfer('t4', { receiver_name: 'Jose Cruz' }),
    ]);
    expect(entities).toHaveLength(2);
    expect(entityOf.get('t1')).toBe(entityOf.get('t2'));
    expect(entityOf.get('t1')).toBe(entityOf.get('t3'));
    expect(entityOf.get('t4')).not.toBe(entityOf.get('t1'));
    const maria = entityOf.get('t1')!;
    expect(maria.transactions.map((t) => t.transaction_id)).toEqual(['t1', 't2', 't3']);
    expect(maria.names).toEqual(['M. Santos', 'Maria Santos', 'SANTOS, Maria']);
  });

  it('keeps the same common name in two towns apart, unless a phone joins them', () => {
    const apart = receiverEntities([
      transfer('a', { receiver_city: 'Cebu City' }),
      transfer('b', { receiver_city: 'Olongapo' }),
    ]);
    expect(apart.entities).toHaveLength(2);
    const joined = receiverEntities([
      transfer('a', { receiver_city: 'Cebu City', receiver_phone: '09175550101' }),
      transfer('b', { receiver_city: 'Olongapo', receiver_phone: '+639175550101' }),
    ]);
    expect(joined.entities).toHaveLength(1);
  });

  it('takes no name key from an initial and a family name (it would join a whole household)', () => {
    const { entities } = receiverEntities([
      transfer('a', { receiver_name: 'Mary Grace Del Rosario' }),
      transfer('b', { receiver_name: 'Rolando Del Rosario' }),
      transfer('c', { receiver_name: 'M. Del Rosario' }),
      transfer('d', { receiver_name: 'R. Del Rosario' }),
    ]);
    expect(entities.map((e) => e.transactions.map((t) => t.transaction_id))).toEqual([['a'], ['b']]);
    expect(collectorKeys(transfer('x', { receiver_name: 'DEL ROSARIO, R.' }))).toEqual([]);
  });

  it('keeps two phones collecting under one name apart (two relatives of the same name)', () => {
    const { entities, entityOf } = receiverEntities([
      transfer('a', { receiver_name: 'Jenny Santos', receiver_phone: '09175550101' }),
      transfer('b', { receiver_name: 'Jenny Santos', receiver_phone: '09175550102' }),
      transfer('c', { receiver_name: 'Jenny Santos' }),
      transfer('d', { receiver_name: 'Jenny Santos', receiver_phone: '+639175550101' }),
    ]);
    expect(entities).toHaveLength(3);
    expect(entityOf.get('a')).toBe(entityOf.get('d'));
    expect(entityOf.get('a')).not.toBe(entityOf.get('b'));
    expect(entityOf.get('c')!.keys).toEqual(['name:jenny santos|cebu city']);
  });

  it('ignores phone fragments too short to name anyone', () => {
    expect(collectorKeys(transfer('x', { receiver_phone: '12-34', receiver_name: null }))).toEqual([]);
  });
});
