export { clusterOperators, sharedHostingCertificates, STRONG_KINDS, type OperatorCluster, type SharedEvidence, type SharedHostingCertificate, type ClusterOptions } from './cluster.js';
export { readSanSet, MAX_OPERATOR_DOMAINS, type SanReading } from './certificate.js';
