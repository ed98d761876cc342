import type { StoredMediaFile } from '../../store/media.ts';
import type { Store } from '../../store/store.ts';
import { nearDuplicateStacks, type StackOptions } from '../index/near-duplicate-stacks.ts';

/**
 * Groups the case's media into near-duplicate stacks (pictures by PDQ including rotations and
 * flips, videos by frame-bag overlap) and replaces the stored stacks. A stack's id is the smallest
 * SHA-256 in it, so the same media give the same ids on every run.
 */
export async function stackCaseMedia(
  store: Store,
  files: readonly StoredMediaFile[],
  options: Partial<StackOptions> = {},
): Promise<{ stacks: number; stacked: number }> {
  // one item per distinct content
  const unique = new Map<string, StoredMediaFile>();
  for (const f of files) if (f.sha256 && !unique.has(f.sha256)) unique.set(f.sha256, f);
  const items = [...unique.values()];
  const groups = nearDuplicateStacks(
    items.map((f) => ({
      pdq: f.pdq,
      quality: f.quality,
      pdqTransforms: f.pdq_transforms ?? undefined,
      ...(f.kind === 'video' && f.frames.length > 0 ? { frames: f.frames } : {}),
    })),
    options,
  );
  const rows: { sha256: string; stack_id: string }[] = [];
  for (const g of groups) {
    const shas = g.map((i) => items[i]!.sha256).sort();
    for (const sha256 of shas) rows.push({ sha256, stack_id: shas[0]! });
  }
  await store.media.replaceStacks(rows);
  return { stacks: groups.length, stacked: rows.length };
}
