import { TargetError } from '../core/errors.js';
import type { Options } from '../options/index.js';
import { NetworkPolicy } from './policy.js';

/** The target's host name has no address (or DNS failed): the site cannot be reached by that name. */
export class UnresolvableHostError extends TargetError {}

/** The network policy the options describe. */
export function policyFor(options: Pick<Options, 'allowPrivateNetwork' | 'allowPrivateNetworks'>): NetworkPolicy {
  return new NetworkPolicy({ allowPrivateNetwork: options.allowPrivateNetwork, allowPrivateNetworks: options.allowPrivateNetworks });
}

export interface TargetCheck {
  url: URL;
  addresses: string[];
}

const HINT = 'pass --allow-private-network (or list the range in allowPrivateNetworks) to capture it';

/**
 * Parses a capture/crawl target and applies the network policy. With a proxy, the proxy resolves
 * names, so only literal addresses and local names are checked here; without one, every address the
 * name resolves to must be allowed.
 */
export async function checkTarget(raw: string, opts: { policy: NetworkPolicy; viaProxy: boolean }): Promise<TargetCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetError(`"${raw}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TargetError(`Only http and https URLs can be captured, not ${url.protocol.replace(':', '')}: ${raw}`);
  }
  if (url.username || url.password) throw new TargetError('URLs with credentials are refused: credentials would end up in evidence.');
  const first = opts.policy.url(url.toString());
  if (!first.allowed) throw new TargetError(`${first.reason}; ${HINT}.`);
  if (opts.viaProxy) return { url, addresses: [] };
  let resolved: Awaited<ReturnType<NetworkPolicy['resolve']>>;
  try {
    resolved = await opts.policy.resolve(url.hostname);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const host = url.hostname;
    throw new UnresolvableHostError(
      code === 'ENOTFOUND' || code === 'ENODATA' ? `The host ${host} does not exist (DNS has no address for it).` : `The host ${host} could not be looked up (${code ?? 'DNS error'}).`,
      { cause: error, retryable: code !== 'ENOTFOUND' },
    );
  }
  if (!resolved.verdict.allowed) throw new TargetError(`${resolved.verdict.reason}; ${HINT}.`);
  return { url, addresses: resolved.addresses };
}
