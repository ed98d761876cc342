import type { CountryCount } from './read-model/case-reader.ts';
import type { CaseStats, IngestRun } from '../store/store.ts';
import type { Services } from './services.ts';

export interface DashboardStats {
  readonly stats: CaseStats;
  readonly countries: readonly CountryCount[];
  /** The latest ingest runs, newest first. */
  readonly runs: readonly IngestRun[];
}

/**
 * The dashboard's figures change only when an ingest run starts or ends, so they are computed once
 * per state of the runs table and shared by every user until then.
 */
export class StatsService {
  private cached: { key: string; value: Promise<DashboardStats> } | undefined;

  constructor(private readonly s: Pick<Services, 'store' | 'reader'>) {}

  async dashboard(): Promise<DashboardStats> {
    const runs = await this.s.store.runs();
    const last = runs.at(-1);
    const key = `${runs.length}:${last?.status ?? ''}:${last?.finished_at ?? ''}`;
    if (this.cached?.key !== key) {
      const value = Promise.all([this.s.reader.stats(), this.s.reader.senderCountries()]).then(
        ([stats, countries]) => ({ stats, countries, runs: runs.slice(-5).reverse() }),
      );
      this.cached = { key, value };
      value.catch(() => {
        if (this.cached?.value === value) this.cached = undefined;
      });
    }
    return this.cached.value;
  }
}
