import { clusterOperators, type OperatorCluster } from '../operators/index.js';
import { cached } from './cache.js';
import type { Workspace } from './context.js';

export interface Clusters {
  clusters: OperatorCluster[];
  of(domain: string): OperatorCluster | null;
}

/** Operator clusters (src/operators), recomputed only when the catalog changed. */
export async function operatorClusters(ws: Workspace): Promise<Clusters> {
  return cached(ws, 'operator-clusters', () => {
    const clusters = clusterOperators(ws.catalog);
    const byDomain = new Map<string, OperatorCluster>();
    for (const cl of clusters) for (const d of cl.domains) byDomain.set(d.domain, cl);
    return { clusters, of: (domain: string) => byDomain.get(domain) ?? null };
  });
}
