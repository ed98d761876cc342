import { SingleBar, Presets } from 'cli-progress';

/** A progress line on stderr, only when stderr is a terminal (never in --json pipelines or CI logs). */
export interface Progress {
  update(label: string, value: number): void;
  stop(): void;
}

export function progress(unit: string, enabled = process.stderr.isTTY === true): Progress {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: ` {label} | {value} ${unit} | {speed}/s`, stream: process.stderr, fps: 5, hideCursor: true },
    Presets.shades_classic,
  );
  const started = Date.now();
  let running = false;
  return {
    update(label, value) {
      const speed = Math.round(value / Math.max(0.001, (Date.now() - started) / 1000));
      if (!running) {
        bar.start(0, value, { label, speed });
        running = true;
      }
      bar.update(value, { label, speed });
    },
    stop() {
      if (running) bar.stop();
    },
  };
}
