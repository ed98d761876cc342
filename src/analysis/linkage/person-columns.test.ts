import { describe, expect, it } from 'vitest';
import { applyColumnOverrides, detectPersonColumns } from './person-columns.ts';

describe('detectPersonColumns', () => {
  it('reads FEBRL and transaction headers', () => {
    const febrl = [
      'rec_id',
      'given_name',
      'surname',
      'street_number',
      'address_1',
      'address_2',
      'suburb',
      'postcode',
      'state',
      'date_of_birth',
      'phone_number',
    ];
    expect(detectPersonColumns(febrl, 'rec_id')).toEqual({
      given: [1],
      surname: [2],
      street_number: [3],
      address: [4, 5],
      city: [6],
      postcode: [7],
      state: [8],
      dob: [9],
      phone: [10],
    });
    const tx = [
      'transaction_id',
      'sender_name',
      'sender_dob',
      'sender_address',
      'sender_city',
      'sender_country',
      'sender_phone',
      'sender_email',
      'sender_account',
    ];
    expect(detectPersonColumns(tx, 'transaction_id')).toEqual({
      full_name: [1],
      dob: [2],
      address: [3],
      city: [4],
      country: [5],
      phone: [6],
      email: [7],
      shared_id: [8],
    });
  });
  it('puts email_address under email and skips IP columns', () => {
    expect(detectPersonColumns(['Email Address', 'registration_ip', 'Vorname', 'Nachname'])).toEqual({
      email: [0],
      given: [2],
      surname: [3],
    });
  });
  it('applies overrides and rejects unknown roles or columns', () => {
    const header = ['id', 'a', 'b'];
    expect(applyColumnOverrides(header, {}, 'surname=a,given=B')).toEqual({ surname: [1], given: [2] });
    expect(() => applyColumnOverrides(header, {}, 'shoe=a')).toThrow(/role/);
    expect(() => applyColumnOverrides(header, {}, 'given=zzz')).toThrow(/no column/);
  });
});
