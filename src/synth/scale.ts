/** Sizes of the world at each scale. `seed` is the operation of issue 3; `small` about 1/20 of it. */

export type Scale = 'tiny' | 'small' | 'seed';
export const SCALES: readonly Scale[] = ['tiny', 'small', 'seed'];

export interface ScaleParams {
  readonly networks: number;
  /** Networks the investigation does not know about (no account carries role_hint=seller). */
  readonly unknownNetworks: number;
  readonly buyers: number;
  readonly talkers: number;
  /** The sellers' ordinary contacts: family, friends, shops (mostly in the Philippines). */
  readonly contacts: number;
  /** Overseas Filipino workers sending family support. */
  readonly ofws: number;
  /** Foreigners supporting a partner in the Philippines (transfers only, no chat in the bundle). */
  readonly partners: number;
  readonly messages: number;
  /** Rows per messages-NN.csv part (a part ends at a conversation boundary after this many). */
  readonly messagesPerPart: number;
}

export const SCALE_PARAMS: Readonly<Record<Scale, ScaleParams>> = {
  tiny: {
    networks: 3,
    unknownNetworks: 1,
    buyers: 40,
    talkers: 110,
    contacts: 40,
    ofws: 10,
    partners: 8,
    messages: 4_000,
    messagesPerPart: 1_000_000,
  },
  small: {
    networks: 10,
    unknownNetworks: 1,
    buyers: 75,
    talkers: 300,
    contacts: 75,
    ofws: 30,
    partners: 20,
    messages: 500_000,
    messagesPerPart: 1_000_000,
  },
  seed: {
    networks: 40,
    unknownNetworks: 3,
    buyers: 850,
    talkers: 6_650,
    contacts: 1_500,
    ofws: 600,
    partners: 400,
    messages: 10_000_000,
    messagesPerPart: 1_000_000,
  },
};

/** The world's window: twelve years of data ending at the seizure. */
export const WORLD_START = Date.UTC(2012, 6, 1);
export const WORLD_END = Date.UTC(2024, 5, 15);
/** Yahoo Messenger shut down on 17 July 2018; no yahoo activity after it. */
export const YAHOO_END = Date.UTC(2018, 6, 17);
