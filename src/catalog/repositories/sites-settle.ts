import type { Label, Model } from '../../classify/index.js';
import type { Catalog } from '../catalog.js';

export interface SettledLabel {
  domain: string;
  label: Label;
  needsReview: boolean;
}

/**
 * Rolls a run's pages up into sites (label, score and reasons per registrable domain, judged on all
 * the site's pages), in one transaction. A human verdict is never overwritten; every change of
 * label is kept in the label history. Returns the sites the run saw online.
 */
export interface SitesSettleRepository {
  settle(runId: number, model: Model | null): Promise<SettledLabel[]>;
}

export class SqliteSitesSettleRepository implements SitesSettleRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async settle(runId: number, model: Model | null): Promise<SettledLabel[]> {
    return this.#catalog.settleSites(runId, model);
  }
}
