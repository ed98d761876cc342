import type {
  EvidenceMessage,
  PersonProfile,
  ProfileIpEvent,
  ProfileTransfer,
} from '../core/person-profile-types.ts';
import type { PersonAnalysis } from '../store/analysis.ts';

export type { EvidenceMessage, PersonProfile, ProfileIpEvent, ProfileTransfer };

export const membersOf = (p: PersonAnalysis): string[] => [
  ...p.accounts.map((a) => `acct:${a.platform}:${a.handle}`),
  ...p.transactions.map((t) => `tx:${t}`),
];
