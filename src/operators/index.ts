export { clusterOperators, STRONG_KINDS, type OperatorCluster, type SharedEvidence, type ClusterOptions } from './cluster.js';
