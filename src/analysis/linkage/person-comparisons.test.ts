import { describe, expect, it } from 'vitest';
import { MISSING } from './comparison.ts';
import { PERSON_BLOCKING, PERSON_COMPARISONS } from './person-comparisons.ts';
import { preparePerson, type PersonInput } from './person-record.ts';

const cmp = Object.fromEntries(PERSON_COMPARISONS.map((c) => [c.name, c]));
const p = (x: Omit<PersonInput, 'id'>, id = 'x') => preparePerson({ id, ...x });
const level = (field: string, a: Omit<PersonInput, 'id'>, b: Omit<PersonInput, 'id'>) =>
  cmp[field]!.levels[cmp[field]!.compare(p(a, 'a'), p(b, 'b'))] ?? 'missing';

describe('person comparisons', () => {
  it('grades names: exact, typo, nickname, phonetic, different, missing', () => {
    expect(level('given_name', { given: 'William' }, { given: 'william' })).toBe('exact');
    expect(level('given_name', { given: 'Willaim' }, { given: 'William' })).toBe('jw>=0.92');
    expect(level('given_name', { given: 'Bill' }, { given: 'William' })).toBe('nickname_or_phonetic');
    expect(level('surname', { surname: 'Schmidt' }, { surname: 'Schmitt' })).toBe('jw>=0.92');
    expect(level('surname', { surname: 'Meyer' }, { surname: 'Brown' })).toBe('different');
    expect(cmp.surname!.compare(p({ surname: 'Meyer' }), p({}))).toBe(MISSING);
  });
  it('aligns swapped given name and surname', () => {
    const a = { given: 'John', surname: 'Smith' };
    const b = { given: 'Smith', surname: 'John' };
    expect(level('given_name', a, b)).toBe('exact');
    expect(level('surname', a, b)).toBe('exact');
  });
  it('reads full names and transliterates', () => {
    expect(level('surname', { fullName: 'MÜLLER, Jürgen' }, { given: 'Jurgen', surname: 'Muller' })).toBe(
      'exact',
    );
  });
  it('grades dates of birth, addresses, phones and e-mails', () => {
    expect(level('dob', { dob: '1970-03-04' }, { dob: '04/03/1970' })).toBe('exact');
    expect(level('dob', { dob: '1970-03-04' }, { dob: '1970-04-03' })).toBe('one_typo_or_day_month_swap');
    expect(level('dob', { dob: '1970-03-04' }, { dob: '1981-09-22' })).toBe('different');
    expect(level('address', { address: '12 Main St.' }, { address: '12 main street' })).toBe('exact');
    expect(level('address', { address: '12 Main Street' }, { address: '12 Mian Street' })).toBe('close');
    expect(level('phone', { phones: ['+61 2 9876 5432'] }, { phones: ['(02) 9876 5432'] })).toBe('exact');
    expect(level('email', { emails: ['a.b@x.com'] }, { emails: ['A.B@y.com'] })).toBe('same_local_part');
    expect(level('shared_identifier', { ids: ['acct-1'] }, { ids: ['ACCT-1', 'z'] })).toBe('shared');
  });
  it('puts swapped and nicknamed names in the same block', () => {
    const rule = PERSON_BLOCKING.find((r) => r.name === 'name_phonetic_pair')!;
    const key = (x: Omit<PersonInput, 'id'>) => rule.keys(p(x));
    expect(key({ given: 'Bill', surname: 'Smith' })).toEqual(key({ given: 'Smith', surname: 'William' }));
    expect(key({ given: 'Jon', surname: 'Smyth' })).toEqual(key({ given: 'John', surname: 'Smith' }));
    expect(key({})).toEqual([]);
  });
});
