/** How each search client's answers are named in a packet. */
export const API_NAMES: Record<string, string> = {
  searxng: 'SearXNG (metasearch)',
  brave: 'Brave Search API',
  google: 'Google Programmable Search JSON API',
};

const engineName = (v: unknown): string | null => (typeof v === 'string' && /^[\w .-]{1,40}$/.test(v.trim()) ? v.trim().toLowerCase() : null);

/**
 * The engines that ranked `url` according to a stored answer of the search client `client`: the
 * client itself for an engine's own API (google, brave); for SearXNG, the upstream engines it names
 * for that result (`engines`, else `engine`), read field by field. Empty when the answer does not
 * hold the URL or names no engine: a ranking is never attributed by guess.
 */
export function attributedEngines(client: string, body: Buffer, url: string): string[] {
  if (client !== 'searxng') return [client];
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return [];
  }
  const results = (json as { results?: unknown } | null)?.results;
  if (!Array.isArray(results)) return [];
  const item = results.find((r): r is Record<string, unknown> => r !== null && typeof r === 'object' && (r as Record<string, unknown>).url === url);
  if (!item) return [];
  const many = Array.isArray(item.engines) ? item.engines.map(engineName).filter((e): e is string => e !== null) : [];
  const one = engineName(item.engine);
  return [...new Set(many.length > 0 ? many : one ? [one] : [])];
}
