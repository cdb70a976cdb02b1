export { checkTarget, policyFor, UnresolvableHostError, type TargetCheck } from './target.js';
export { NetworkPolicy, normaliseHost, type Verdict, type PolicySettings } from './policy.js';
export { specialAddressReason, embeddedIpv4 } from './address-ranges.js';
export { EgressProxy, REFUSED_HEADER, UNREACHABLE_HEADER, type Refusal, type Unreachable, type EgressOptions } from './egress-proxy.js';
export { observeDns, RECORD_TYPES, type DnsObservation, type DnsAnswer } from './dns-answers.js';
export { getJson, getJsonRaw, retryAfterMs, arrayField, stringOrNull, type RawJson } from './http-json.js';
