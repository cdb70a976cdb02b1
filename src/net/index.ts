export { checkTarget, isObviouslyPrivateHost, isPrivateAddress, UnresolvableHostError, type TargetCheck } from './private-address.js';
export { observeDns, RECORD_TYPES, type DnsObservation, type DnsAnswer } from './dns-answers.js';
export { getJson, getJsonRaw, retryAfterMs, arrayField, stringOrNull, type RawJson } from './http-json.js';
