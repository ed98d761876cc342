import type { PackageInput, PackageNetwork } from '../package-input.ts';
import { ftmDate } from '../utc-time.ts';
import { ftmId } from './entity-set.ts';
import type { EntitySet } from './entity-set.ts';

/** A seller network as an Organization with Memberships, accounts and located Addresses. */
export function addNetworkEntities(set: EntitySet, input: PackageInput, n: PackageNetwork): void {
  const m = { markings: n.markings };
  const orgId = ftmId('Organization', [input.case.id, 'network', n.network_id]);
  const addressIds = n.locations.map((l) =>
    set.add(
      'Address',
      ftmId('Address', ['network-location', n.network_id, l.label, l.lat, l.lon]),
      {
        full: [l.label],
        latitude: [l.lat === null ? null : String(l.lat)],
        longitude: [l.lon === null ? null : String(l.lon)],
        country: [n.country.toLowerCase()],
      },
      { ...m, source: l.source, evidence: l.evidence },
    ),
  );
  set.add(
    'Organization',
    orgId,
    { name: [n.name], country: [n.country.toLowerCase()], addressEntity: addressIds },
    {
      kind: 'seller_network',
      network_id: n.network_id,
      still_active: n.still_active,
      active_from: n.active_from === null ? null : ftmDate(n.active_from),
      active_to: n.active_to === null ? null : ftmDate(n.active_to),
      grade: n.grade,
      markings: n.markings,
      buyer_counts: n.buyer_counts,
      money_by_month: n.money_by_month,
      statements: n.statements,
      notes: n.notes,
    },
  );
  for (const member of n.members) {
    const personId = ftmId('Person', [input.case.id, member.person_id]);
    set.add(
      'Person',
      personId,
      {
        name: member.names.length > 0 ? member.names : [`Unidentified (${member.person_id})`],
        country: [n.country.toLowerCase()],
      },
      { ...m, kind: 'network_member', person_id: member.person_id },
    );
    set.add(
      'Membership',
      ftmId('Membership', [orgId, personId, member.role]),
      { member: [personId], organization: [orgId], role: [member.role] },
      m,
    );
    for (const a of member.accounts) {
      set.add(
        'UserAccount',
        ftmId('UserAccount', [a.platform, a.handle]),
        { service: [a.platform], username: [a.handle], owner: [personId] },
        m,
      );
    }
  }
}
