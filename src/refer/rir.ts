/**
 * The five regional internet registries. They allocate address space; they never host a site, so a
 * network whose only known name is an RIR's has an unknown holder, and the RIR is never the host.
 */
const RIR = /\b(?:ripe[\s-]?ncc|arin|apnic|lacnic|afrinic)\b|^(?:ripe)$/i;

export const isRir = (name: string | null | undefined): boolean => Boolean(name && RIR.test(name.trim()));
