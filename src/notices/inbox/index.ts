export { readInbox, acceptProposals, dismissProposals, type InboxRead, type AcceptInput } from './inbox.js';
export { listProposals, getProposal, type InboxProposal, type ProposalKind, type ProposalStatus } from './proposals.js';
export { matchReply, messageIds, type Match, type MatchedBy, type ReplyFacts } from './match.js';
export { readReply, ownWords, type ReadProposal } from './words.js';
