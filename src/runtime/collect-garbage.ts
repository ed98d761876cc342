import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * A full garbage collection, now. The analysis calls it between stages: V8 lets the heap grow to
 * a multiple of what is live before it collects, so one stage's garbage (a seed-scale linkage
 * leaves over a gigabyte) would otherwise raise the next stage's peak memory. `--expose-gc` is
 * set at run time, so no node flag is needed.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
