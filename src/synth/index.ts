/** The synthetic world generator: see docs/synthetic-world.md. */
export { writeSynthBundle, type SynthOptions, type SynthSummary } from './write-synth-bundle.ts';
export { SCALES, SCALE_PARAMS, type Scale } from './scale.ts';
export { BAD_ROW_REASONS, type BadRowReason } from './bad-rows.ts';
export { TRUTH_COLUMNS } from './write-truth.ts';
export {
  readTruth,
  type Truth,
  type TruthPerson,
  type TruthAccount,
  type TruthTransaction,
  type TruthNetwork,
  type TruthNetworkMember,
  type TruthBadRow,
} from './read-truth.ts';
