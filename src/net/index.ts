export { checkTarget, isObviouslyPrivateHost, isPrivateAddress, type TargetCheck } from './private-address.js';
