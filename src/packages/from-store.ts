import { createRequire } from 'node:module';
import { openIpCountryDb } from '../analysis/jurisdiction/ip-country.ts';
import type { PersonAnalysis } from '../store/analysis.ts';
import type { Store } from '../store/store.ts';
import { leadMediaMatches } from './media-from-store.ts';
import type {
  Markings,
  PackageChatExcerpt,
  PackageInput,
  PackageIpEvent,
  PackageLead,
  PackagePayment,
} from './package-input.ts';

/** Markings and grade given to leads when the case configuration names none. */
export const DEFAULT_LEAD_MARKINGS: Markings = { handling_code: 'H2', tlp: 'AMBER' };
export const DEFAULT_GRADE = { source: 'B', information: 2 } as const;
const MAX_EXCERPTS = 12;

export interface PackageRequestFromStore {
  readonly countries: readonly string[] | 'all';
  /** Every ranked person rather than leads only (exports of the whole case). */
  readonly everyone?: boolean;
  readonly override?: string;
  readonly operation?: string;
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

/**
 * Reads the case into one PackageInput per country: the country's leads approved for dissemination
 * (all leads with an override reason) with identity, reasons,
 * payments, IP events and the chat excerpts their evidence names. Times come from the case, never
 * the clock, so the same case gives the same packages.
 */
export async function packageInputsFromStore(
  store: Store,
  request: PackageRequestFromStore,
): Promise<PackageInput[]> {
  const info = await store.caseInfo();
  // Only leads approved for dissemination go, unless an override (recorded in the manifest) says otherwise.
  const approved = request.override === undefined ? new Set(await store.reviews.approvedPersonIds()) : null;
  const leads = (await store.analysis.leads({ all: request.everyone === true })).filter(
    (l) => l.country !== null && (approved === null || approved.has(l.person_id)),
  );
  const wanted =
    request.countries === 'all' ? [...new Set(leads.map((l) => l.country!))].sort() : request.countries;
  const byCountry = new Map(wanted.map((c) => [c, leads.filter((l) => l.country === c)]));
  const chosen = [...byCountry.values()].flat();
  if (chosen.length === 0) return [];

  const txIds = new Set(chosen.flatMap((l) => l.transactions));
  const payments = new Map<string, PackagePayment>();
  for await (const r of store.records('transactions'))
    if (txIds.has(r.transaction_id as string))
      payments.set(r.transaction_id as string, {
        transaction_id: r.transaction_id as string,
        provider: r.provider as string,
        sent_at: r.sent_at as number,
        amount: r.amount as string,
        currency: r.currency as string,
        sender_name: r.sender_name as string | null,
        receiver: [r.receiver_name, r.receiver_city].filter(Boolean).join(', ') || null,
        receiver_country: r.receiver_country as string | null,
        source: { file_sha256: r.file_sha256, line: r.line },
      });

  const accounts = new Set(chosen.flatMap((l) => l.accounts.map((a) => `${a.platform}:${a.handle}`)));
  const ipDb = openIpCountryDb();
  const ipEvents = new Map<string, PackageIpEvent[]>();
  for await (const r of store.records('ip_events')) {
    const key = `${r.platform as string}:${r.handle as string}`;
    if (!accounts.has(key)) continue;
    const list = ipEvents.get(key) ?? ipEvents.set(key, []).get(key)!;
    list.push({
      event_id: `${r.file_sha256.slice(0, 12)}:${r.line}`,
      ip: r.ip as string,
      port: r.port as number | null,
      seen_at: r.seen_at as number,
      platform: r.platform as string,
      handle: r.handle as string,
      event: r.event as string | null,
      ip_country: ipDb.lookup(r.ip as string),
      source: { file_sha256: r.file_sha256, line: r.line },
    });
  }

  const messageIds = chosen.flatMap((l) =>
    l.reasons.flatMap((r) => r.evidence.filter((e) => e.kind === 'message').map((e) => e.id)),
  );
  const messages = new Map<string, PackageChatExcerpt>();
  for (const m of await store.messagesByIds(messageIds))
    messages.set(m.message_id as string, {
      message_id: m.message_id as string,
      platform: m.platform as string,
      sent_at: m.sent_at as number,
      sender: m.sender as string,
      recipients: JSON.parse(m.recipients as string) as string[],
      body: m.body as string,
      source: { file_sha256: m.file_sha256, line: m.line },
    });

  const media = new Map<string, PackageLead['media_matches']>();
  for (const l of chosen) media.set(l.person_id, await leadMediaMatches(store, l.accounts));

  const toLead = (p: PersonAnalysis, country: string): PackageLead => {
    const ids = (type: string): string[] => p.identifiers.filter((i) => i.type === type).map((i) => i.value);
    const excerptIds = [
      ...new Set(p.reasons.flatMap((r) => r.evidence.filter((e) => e.kind === 'message').map((e) => e.id))),
    ];
    return {
      rank: p.rank ?? 0,
      person_id: p.person_id,
      score: p.score,
      urgent: p.urgent,
      country,
      country_confidence: p.country_confidence,
      country_candidates: p.country_candidates,
      grade: DEFAULT_GRADE,
      markings: DEFAULT_LEAD_MARKINGS,
      identity: {
        names: p.names,
        dates_of_birth: ids('date_of_birth'),
        addresses: ids('address').map((full) => {
          const parts = full.split(', ');
          return { full, city: parts.length >= 2 ? parts.at(-2)! : null, country: parts.at(-1) ?? null };
        }),
        phones: ids('phone'),
        emails: ids('email'),
        accounts: p.accounts,
      },
      reasons: p.reasons.map((r) => ({
        indicator: r.indicator,
        weight: r.weight,
        detail: r.detail,
        evidence: r.evidence,
      })),
      payments: p.transactions
        .map((t) => payments.get(t))
        .filter((x): x is PackagePayment => x !== undefined),
      ip_events: p.accounts
        .flatMap((a) => ipEvents.get(`${a.platform}:${a.handle}`) ?? [])
        .sort((a, b) => a.seen_at - b.seen_at),
      chat_excerpts: excerptIds
        .map((id) => messages.get(id))
        .filter((x): x is PackageChatExcerpt => x !== undefined)
        .sort((a, b) => a.sent_at - b.sent_at)
        .slice(0, MAX_EXCERPTS),
      media_matches: media.get(p.person_id)!,
      notes: [],
    };
  };

  const sourceFiles = (await store.sources()).map((s) => ({ path: s.path, sha256: s.sha256 }));
  const generatedAt = info.analysedAt ?? 0;
  return [...byCountry]
    .filter(([, ls]) => ls.length > 0)
    .map(([country, ls]) => ({
      case: { id: info.id, name: 'Vigil case', operation: request.operation ?? 'Operational sprint' },
      country,
      recipientAuthority: `National authority of ${country}`,
      generatedAt,
      markings: DEFAULT_LEAD_MARKINGS,
      leads: ls.map((l) => toLead(l, country)),
      sourceFiles,
      vigilVersion: version(),
      ...(request.override === undefined ? {} : { override: request.override }),
    }));
}
