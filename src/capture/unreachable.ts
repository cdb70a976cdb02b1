import type { Unreachable } from '../net/index.js';

type UnreachableCause = Unreachable['cause'];

const DIRECT: Record<UnreachableCause, string> = {
  'host-not-found': 'host not found',
  'connection-refused': 'connection refused',
  timeout: 'connection timed out',
  unreachable: 'host unreachable',
  'proxy-unreachable': 'proxy not reachable',
  other: 'site not reached',
};

const VIA_PROXY: Record<UnreachableCause, string> = {
  'host-not-found': 'host not found via proxy',
  'connection-refused': 'connection refused via proxy',
  timeout: 'proxy timeout',
  unreachable: 'host unreachable via proxy',
  'proxy-unreachable': 'proxy not reachable',
  other: 'proxy error',
};

/**
 * The first words of a FAILED capture whose target was never reached, saying who found out:
 * "host not found via proxy" (the operator's proxy said so) is never the target's own answer.
 */
export function unreachableLabel(u: Pick<Unreachable, 'cause' | 'viaProxy'>): string {
  return (u.viaProxy ? VIA_PROXY : DIRECT)[u.cause];
}
