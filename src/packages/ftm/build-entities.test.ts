import { describe, expect, it } from 'vitest';
import { canonicalInput } from '../canonical-input.ts';
import { fixtureLead, fixtureNetwork, fixturePackageInput } from '../package-fixtures.ts';
import type { PackageInput } from '../package-input.ts';
import { buildEntities, entitiesJson } from './build-entities.ts';
import { checkEntities } from './check-entities.ts';
import type { FtmEntity } from './entity-set.ts';

function entitiesOf(input: PackageInput): FtmEntity[] {
  return buildEntities(canonicalInput(input));
}

describe('entities.json', () => {
  it('fits the FollowTheMoney model for buyer and network packages', () => {
    const buyers = entitiesOf(fixturePackageInput('DE', [0, 1, 2, 3, 4, 5]));
    const network = entitiesOf({ ...fixturePackageInput('PH', []), networks: [fixtureNetwork('PH')] });
    expect(checkEntities(buyers)).toEqual([]);
    expect(checkEntities(network)).toEqual([]);
    const schemata = new Set([...buyers, ...network].map((e) => e.schema));
    for (const s of [
      'Person',
      'UserAccount',
      'Message',
      'Payment',
      'Address',
      'LegalEntity',
      'Event',
      'Note',
      'Organization',
      'Membership',
    ]) {
      expect(schemata.has(s), s).toBe(true);
    }
  });

  it('puts identity on the Person, IP logins on Events with the port in the extension, markings on every entity', () => {
    const lead = fixtureLead(0, 'DE');
    const entities = entitiesOf({ ...fixturePackageInput('DE', []), leads: [lead] });
    const person = entities.find((e) => e.schema === 'Person')!;
    expect(person.properties.phone).toEqual(lead.identity.phones);
    expect(person.properties.email).toEqual(lead.identity.emails);
    expect(person.properties.country).toEqual(['de']);
    expect(person.vigil).toMatchObject({ kind: 'lead', grade: lead.grade, markings: lead.markings, rank: 1 });
    const ported = lead.ip_events.find((e) => e.port !== null)!;
    const event = entities.find((e) => e.schema === 'Event' && e.vigil?.event_id === ported.event_id)!;
    expect(event.properties.ipMentioned).toEqual([ported.ip]);
    expect(event.vigil).toMatchObject({ port: ported.port, ip: ported.ip });
    expect(entities.every((e) => e.vigil?.markings !== undefined)).toBe(true);
  });

  it('derives ids from content: the same input gives the same ids, another case other person ids', () => {
    const input = fixturePackageInput('DE', [0, 1]);
    const a = entitiesJson(entitiesOf(input));
    expect(entitiesJson(entitiesOf(input))).toBe(a);
    const other = entitiesOf({ ...input, case: { ...input.case, id: 'case-other' } });
    const ids = new Set(entitiesOf(input).map((e) => e.id));
    expect(other.filter((e) => e.schema === 'Person').every((e) => !ids.has(e.id))).toBe(true);
    expect(other.filter((e) => e.schema === 'UserAccount').every((e) => ids.has(e.id))).toBe(true);
    expect(
      a
        .split('\n')
        .filter((l) => l !== '')
        .every((l) => JSON.parse(l) !== null),
    ).toBe(true);
  });

  it('still fits the model for a lead with no name, no accounts and nothing else', () => {
    const l = fixtureLead(3, 'DE');
    const bare = {
      ...l,
      identity: {
        names: [],
        dates_of_birth: ['May 1980'],
        addresses: [],
        phones: [],
        emails: [],
        accounts: [],
      },
      reasons: [],
      payments: [],
      ip_events: [],
      chat_excerpts: [],
      media_matches: { counts: [], hashes: [] },
      notes: [],
      country_candidates: [],
    };
    const entities = entitiesOf({ ...fixturePackageInput('DE', []), leads: [bare] });
    expect(checkEntities(entities)).toEqual([]);
    expect(entities[0]?.properties.name).toEqual([`Unidentified (${l.person_id})`]);
    expect(entities[0]?.vigil?.dates_of_birth_as_written).toEqual(['May 1980']);
  });

  it('reports entities that break the model', () => {
    const bad: FtmEntity[] = [
      {
        id: 'p1',
        schema: 'Person',
        properties: { name: ['X'], colour: ['red'], birthDate: ['20 May 1980'], userAccounts: ['u1'] },
      },
      { id: 'u1', schema: 'UserAccount', properties: { owner: ['missing'] } },
      { id: 't1', schema: 'Thing', properties: {} },
      {
        id: 'e1',
        schema: 'Event',
        properties: { name: ['x'], ipMentioned: ['999.1.1.1'], involved: ['u1'] },
      },
    ];
    const problems = checkEntities(bad).join('\n');
    for (const expected of [
      'Person has no property colour',
      "birthDate '20 May 1980' is not an FtM date",
      'userAccounts is a reverse property',
      'UserAccount requires username',
      'owner points at missing',
      'schema Thing is abstract',
      "ipMentioned '999.1.1.1' is not an IP address",
      'involved points at a UserAccount, not a LegalEntity',
    ]) {
      expect(problems).toContain(expected);
    }
  });
});
