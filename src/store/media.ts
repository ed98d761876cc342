/**
 * What the media stage stores and the analysis, packages and workbench read back (issue 8): one
 * row per file found under a bundle's `media/` folder, known-list matches, near-duplicate stacks,
 * and the links from media to accounts. Files are never copied into the case: a row names the
 * bundle folder and the path the bytes stay at.
 */

/** EXIF facts as the media stage read them (times as written, never shifted). */
export type MediaExif = Readonly<Record<string, string | number>>;

export interface MediaFrame {
  readonly second: number;
  readonly pdq: string;
  readonly quality: number;
}

/** One hashed file, as the media stage hands it over. */
export interface MediaFileInput {
  /** Relative to the bundle's `media/` folder, with forward slashes. */
  readonly path: string;
  readonly size: number;
  readonly mtime_ms: number;
  readonly md5: string;
  readonly sha1: string;
  readonly sha256: string;
  /** Sniffed from the bytes, not the extension. */
  readonly mime: string;
  readonly kind: 'image' | 'video' | 'other';
  readonly pdq: string | null;
  readonly quality: number | null;
  /** The seven other rotations and flips of a picture's PDQ. */
  readonly pdq_transforms: readonly string[] | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly exif: MediaExif | null;
  readonly error_code: string | null;
  readonly error_message: string | null;
  readonly frames: readonly MediaFrame[];
  readonly hash_ms: number;
}

/** A stored file: what was handed over, where it was found, and which run stored it. */
export interface StoredMediaFile extends MediaFileInput {
  readonly id: number;
  /** The bundle folder (absolute) whose `media/` folder holds the file. */
  readonly root: string;
  readonly run_id: number;
}

export interface MediaMatch {
  readonly sha256: string;
  readonly list: string;
  readonly category: string | null;
  readonly by: 'md5' | 'sha1' | 'sha256' | 'pdq';
  /** PDQ distance, for `by: 'pdq'`. */
  readonly distance: number | null;
  /** Known-good (NSRL): excluded from review and from indicators. */
  readonly known_good: boolean;
}

export interface MediaAccountLink {
  readonly sha256: string;
  readonly platform: string;
  readonly handle: string;
  readonly direction: 'sent' | 'received';
  readonly conversation_id: string | null;
  readonly message_id: string | null;
  readonly sent_at: number | null;
  /** A `media*.csv` row or a message attachment. */
  readonly via: 'media_link' | 'attachment';
  /** Provenance of the row that names the file. */
  readonly file_sha256: string;
  readonly line: number;
}

/** Media sent or received by an account, with what the lists and stacks say of it. */
export interface AccountMedia {
  readonly sha256: string;
  readonly direction: 'sent' | 'received';
  readonly via: 'media_link' | 'attachment';
  readonly message_id: string | null;
  readonly conversation_id: string | null;
  readonly sent_at: number | null;
  readonly counterpart_platform: string;
  readonly counterpart_handle: string;
  readonly file: StoredMediaFile | null;
  readonly matches: readonly MediaMatch[];
  readonly stack_id: string | null;
}

/** A message that carries attachments (for resolving them to media). */
export interface AttachmentMessage {
  readonly platform: string;
  readonly message_id: string;
  readonly conversation_id: string;
  readonly sender: string;
  readonly recipients: readonly string[];
  readonly sent_at: number;
  readonly attachments: readonly string[];
  readonly file_sha256: string;
  readonly line: number;
}

export interface MediaStore {
  /**
   * Resume keys (`path \0 size \0 mtime`) and the SHA-256 of every file already stored under this
   * bundle folder, so a re-run hashes only what is new or changed.
   */
  resumeKeys(root: string): Promise<ReadonlySet<string>>;
  /** Stores (or replaces, by root and path) one batch of hashed files in one transaction. */
  putFiles(runId: number, root: string, files: readonly MediaFileInput[]): Promise<void>;
  /** Every stored file, in storage order (streams). */
  files(): AsyncIterable<StoredMediaFile>;
  /** The stored files with this content (one SHA-256 may sit at several paths). */
  filesBySha256(sha256: string): Promise<readonly StoredMediaFile[]>;
  count(): Promise<{ files: number; undecoded: number }>;
  /** Replaces every known-list match (the lists and the media are matched again as a whole). */
  replaceMatches(matches: readonly MediaMatch[]): Promise<void>;
  matches(sha256?: string): Promise<readonly MediaMatch[]>;
  /** Replaces the near-duplicate stacks: each SHA-256 in a stack of two or more, and the stack's id. */
  replaceStacks(stacks: readonly { sha256: string; stack_id: string }[]): Promise<void>;
  stacks(): Promise<ReadonlyMap<string, string>>;
  replaceLinks(links: readonly MediaAccountLink[]): Promise<void>;
  links(): AsyncIterable<MediaAccountLink>;
  /** Media sent or received by one account, newest first. */
  byAccount(platform: string, handle: string): Promise<readonly AccountMedia[]>;
  /** Every account linked to this media (for need-to-know checks). */
  linksOf(sha256: string): Promise<readonly MediaAccountLink[]>;
  /** Messages with at least one attachment (streams). */
  attachmentMessages(): AsyncIterable<AttachmentMessage>;
}
