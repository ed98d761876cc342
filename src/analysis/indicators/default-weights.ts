import type { IndicatorWeights } from './indicator.ts';

/**
 * Default indicator weights in bits. All are set by hand from the literature's ranking of the
 * indicators (AUSTRAC, FINTRAC, FinCEN, FATF, AIC) until `estimateIndicatorWeights` replaces them
 * with log-likelihood ratios estimated on a case with known outcomes (or a synthetic case).
 * Every value is explained in docs/analysis.md.
 */
export const DEFAULT_WEIGHTS: IndicatorWeights = {
  B1: {
    weight: 4,
    source: 'hand',
    note: 'transfers to a seller or the seller network; +0.5 per doubling of the count, capped at 6',
  },
  B2: {
    weight: 1,
    source: 'hand',
    note: 'share of high-risk transfers in the 10–200 EUR band; +0.5 if most are round',
  },
  B3: {
    weight: 1.5,
    source: 'hand',
    note: 'more than 20 transfers with a median gap under 20 days (half for > 5 and < 30)',
  },
  B4: {
    weight: 1,
    source: 'hand',
    note: 'amount or rate rises by a quarter / a half from the first to the second half',
  },
  B5: {
    weight: 1.5,
    source: 'hand',
    note: 'three or more unrelated receivers in high-risk countries (half for two)',
  },
  B6: { weight: 0.75, source: 'hand', note: 'cover-story purposes on transfers or in chat near them' },
  B7: {
    weight: 4,
    source: 'hand',
    note: 'a transfer reference quoted in chat (4); a transfer within 30 minutes of a payment or price message (2.5)',
  },
  B8: { weight: 3, source: 'hand', note: '0.5 per lexicon category + 0.25·log2(1+hits), capped' },
  B9: { weight: 0.5, source: 'hand', note: 'at least 30% of own messages between 23:00 and 04:00 local' },
  B10: { weight: 1, source: 'hand', note: 'several sender names (1) or three or more remitters (0.5)' },
  B11: {
    weight: 1.5,
    source: 'hand',
    note: 'travel to the sellers’ country in chat, or residential IPs there; sets urgent',
  },
  B12: {
    weight: 0.75,
    source: 'hand',
    note: 'VPN/hosting or Tor IPs, crypto addresses; also lowers actionability',
  },
  S1: { weight: 2, source: 'hand', note: 'receives from five or more unrelated foreign senders' },
  S2: { weight: 1.5, source: 'hand', note: 'attributed to a high-risk country' },
  S3: { weight: 1, source: 'hand', note: 'sends offers (offer lexicon in own messages)' },
  A1: { weight: 2, source: 'hand', note: 'a name on a transfer (+1 with date of birth or address)' },
  A2: { weight: 1.5, source: 'hand', note: 'a registered phone number' },
  A3: { weight: 1, source: 'hand', note: 'a registered e-mail address' },
  A4: { weight: 1.5, source: 'hand', note: 'a residential, unshared IP with a timestamp and a country' },
  A5: { weight: 1.5, source: 'hand', note: 'identifiers disclosed in chat: 0.5 each, capped' },
  A6: { weight: 1, source: 'hand', note: 'a strong country attribution (p ≥ 0.9); 0.5 if moderate' },
  A7: { weight: -1.5, source: 'hand', note: 'anonymity tooling: share of IP events from hosting/VPN/Tor' },
};
