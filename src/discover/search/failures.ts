/** Connection failures: the endpoint is not there (or not reachable from here); asking again will not help. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The errno code when `error` (anywhere in its cause chain) says the endpoint cannot be reached, else null. */
export function unreachableCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && UNREACHABLE.has(code)) return code;
    current = current.cause;
  }
  return null;
}

/** The likely cause of a failed search, as a question the user can act on. */
export function searchHint(engine: string, reason: string): string {
  const setting = engine === 'searxng' ? '--searxng-url' : engine === 'brave' ? 'braveApiUrl' : 'googleApiUrl';
  if (/ECONNREFUSED/.test(reason)) return `is ${setting} right, and is the ${engine} endpoint running there?`;
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/.test(reason)) return `does the host in ${setting} resolve from here? (search endpoints are reached directly, not through --proxy)`;
  if (/EHOSTUNREACH|ENETUNREACH/.test(reason)) return `is this machine online, and is ${setting} right?`;
  if (/HTTP 40[13]/.test(reason)) return engine === 'searxng' ? 'does the SearXNG instance allow this client (limiter, API access)?' : 'is the API key right and active?';
  if (/HTTP 429/.test(reason)) return 'the engine rate-limits this client: lower searchRequestsPerSecond or try later';
  if (/not JSON/.test(reason)) return engine === 'searxng' ? 'is the JSON format enabled in SearXNG (search.formats: [html, json])?' : 'is the API URL right?';
  if (/HTTP 5\d\d/.test(reason)) return 'the engine has trouble of its own: try later';
  if (/timed out|timeout|aborted/i.test(reason)) return `the endpoint did not answer in time: is ${setting} right?`;
  return `see "dijkwacht runs show" for every failed search`;
}
