/** One media item on a person's profile: digests, lists, stack, EXIF summary; never the bytes. */
export interface ProfileMedia {
  readonly sha256: string;
  readonly md5: string | null;
  readonly pdq: string | null;
  readonly direction: 'sent' | 'received';
  readonly via: 'media_link' | 'attachment';
  readonly account: string;
  readonly counterpart: string;
  readonly message_id: string | null;
  readonly sent_at: number | null;
  readonly kind: string | null;
  readonly mime: string | null;
  readonly size: number | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly categories: readonly string[];
  readonly matched_by: readonly string[];
  readonly known_good: boolean;
  readonly stack_id: string | null;
  readonly exif: string | null;
  readonly error: string | null;
}
