import type {
  InvestigatorNote,
  PackageInput,
  PackageLead,
  PackageNetwork,
  PackageReason,
} from './package-input.ts';

/** Code-unit order: the same on every machine and locale (localeCompare is not). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedText(values: readonly string[]): string[] {
  return [...new Set(values)].sort(byText);
}

function byKeys<T>(...keys: ((x: T) => string | number)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const k of keys) {
      const x = k(a);
      const y = k(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : byText(String(x), String(y));
      if (c !== 0) return c;
    }
    return 0;
  };
}

function sortReasons(reasons: readonly PackageReason[]): PackageReason[] {
  return [...reasons]
    .map((r) => ({
      ...r,
      evidence: [...r.evidence].sort(
        byKeys(
          (e) => e.kind,
          (e) => e.id,
        ),
      ),
    }))
    .sort(
      byKeys(
        (r) => -r.weight,
        (r) => r.indicator,
        (r) => r.detail,
      ),
    );
}

function sortNotes(notes: readonly InvestigatorNote[]): InvestigatorNote[] {
  return [...notes].sort(
    byKeys(
      (n) => n.written_at,
      (n) => n.author,
      (n) => n.text,
    ),
  );
}

function canonicalLead(l: PackageLead): PackageLead {
  const id = l.identity;
  return {
    ...l,
    country_candidates: [...l.country_candidates]
      .map((c) => ({ ...c, evidence: sortedText(c.evidence) }))
      .sort(
        byKeys(
          (c) => -c.p,
          (c) => c.country,
        ),
      ),
    identity: {
      names: sortedText(id.names),
      dates_of_birth: sortedText(id.dates_of_birth),
      addresses: [...id.addresses].sort(
        byKeys(
          (a) => a.full,
          (a) => a.city ?? '',
          (a) => a.country ?? '',
        ),
      ),
      phones: sortedText(id.phones),
      emails: sortedText(id.emails),
      accounts: [...id.accounts].sort(
        byKeys(
          (a) => a.platform,
          (a) => a.handle,
        ),
      ),
    },
    reasons: sortReasons(l.reasons),
    payments: [...l.payments].sort(
      byKeys(
        (p) => p.sent_at,
        (p) => p.transaction_id,
      ),
    ),
    ip_events: [...l.ip_events].sort(
      byKeys(
        (e) => e.seen_at,
        (e) => e.event_id,
      ),
    ),
    chat_excerpts: [...l.chat_excerpts]
      .map((c) => ({ ...c, recipients: sortedText(c.recipients) }))
      .sort(
        byKeys(
          (c) => c.sent_at,
          (c) => c.message_id,
        ),
      ),
    media_matches: {
      counts: [...l.media_matches.counts].sort(byKeys((c) => c.category)),
      hashes: [...l.media_matches.hashes].sort(
        byKeys(
          (h) => h.category,
          (h) => h.algorithm,
          (h) => h.value,
        ),
      ),
    },
    notes: sortNotes(l.notes),
  };
}

function canonicalNetwork(n: PackageNetwork): PackageNetwork {
  return {
    ...n,
    members: [...n.members]
      .map((m) => ({
        ...m,
        names: sortedText(m.names),
        accounts: [...m.accounts].sort(
          byKeys(
            (a) => a.platform,
            (a) => a.handle,
          ),
        ),
      }))
      .sort(
        byKeys(
          (m) => m.role,
          (m) => m.person_id,
        ),
      ),
    locations: [...n.locations].sort(
      byKeys(
        (l) => l.source,
        (l) => l.label,
      ),
    ),
    buyer_counts: [...n.buyer_counts].sort(
      byKeys(
        (b) => -b.buyers,
        (b) => b.country,
      ),
    ),
    money_by_month: [...n.money_by_month].sort(
      byKeys(
        (m) => m.month,
        (m) => m.currency,
      ),
    ),
    statements: sortReasons(n.statements),
    notes: sortNotes(n.notes),
  };
}

/**
 * The input with every list in a fixed order, so that the order the store returned rows in can
 * never change a package's bytes. Every builder works on this form.
 */
export function canonicalInput(input: PackageInput): PackageInput {
  return {
    ...input,
    leads: input.leads.map(canonicalLead).sort(
      byKeys(
        (l) => l.rank,
        (l) => l.person_id,
      ),
    ),
    networks: (input.networks ?? []).map(canonicalNetwork).sort(byKeys((n) => n.network_id)),
    sourceFiles: [...input.sourceFiles].sort(
      byKeys(
        (f) => f.path,
        (f) => f.sha256,
      ),
    ),
  };
}
