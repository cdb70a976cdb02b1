/** The hostile web of the test world: pages that try to turn the tool against its user, and the accounting of what they achieved. */
export { HOSTILE_CASES } from './hostile-cases.js';
export { HOSTILE_HOST, type HostileCase, type HostileChannel } from './hostile-case.js';
export { INTERNAL_MARKER } from './internal-admin.js';
export { INTERNAL_SPELLINGS, INTERNAL_CERT_IPS, INTERNAL_CERT_NAMES, type HostileMode, type InternalSpelling, type InternalTargets } from './internal-targets.js';
export { SAFE_METHODS, type ForbiddenKind, type ForbiddenTraffic } from './forbidden-log.js';
export { parseAuthority, requestPath, type Authority } from './internal-hosts.js';
export { HostileWeb, type HostileInfo } from './hostile-web.js';
export { GZIP_BOMB_EXPANDED } from './gzip-bomb.js';
export { DOWNLOAD_BYTES } from './download-cases.js';
export type { SentinelAddress } from './sentinels.js';
