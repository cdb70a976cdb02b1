/** What a reply seems to say, for a person to confirm: an acknowledgement, or a decision with its outcome. */
export interface ReadProposal {
  proposal: 'ack' | 'decision';
  outcome: 'removed' | 'refused' | 'forwarded' | null;
  /** The words that gave it away, quoted from the reply; null when nothing but its being a reply did. */
  cue: string | null;
}

/**
 * Simple words in Dutch and English, checked in this order: a refusal first (so "will not be
 * removed" is a refusal, not a removal), then forwarding, then removal. Anything else that answers
 * a notice is proposed as an acknowledgement. Only a proposal: nothing is recorded until accepted.
 */
const CUES: { outcome: 'refused' | 'forwarded' | 'removed'; patterns: RegExp[] }[] = [
  {
    outcome: 'refused',
    patterns: [
      /\b(?:we|i)\s+(?:will not|won't|cannot|can't|can not|are unable to|decline to|do not|don't)\s+(?:take action|remove|act|take down|suspend|disable)\w*/i,
      /\b(?:declined?|refused?|rejected)\b/i,
      /\bno (?:further )?action (?:will be|is being|is) taken\b|\bno violation\b|\bnot in violation\b|\bdoes not violate\b/i,
      /\b(?:niet|geen) (?:verwijderen|verwijderd worden|actie ondernemen|offline halen)\b/i,
      /\bwij (?:nemen|ondernemen) geen (?:actie|maatregelen)\b|\bgeen (?:overtreding|inbreuk)\b|\b(?:geweigerd|afgewezen|weigeren|wijzen .{0,40} af)\b/i,
    ],
  },
  {
    outcome: 'forwarded',
    patterns: [
      /\b(?:forwarded|passed on|passed it on|referred|relayed|escalated) (?:\w+ ){0,4}(?:to|with)\b/i,
      /\b(?:we have|we've) (?:forwarded|notified) (?:the|our) (?:customer|client|reseller|site owner|website owner)\b/i,
      /\b(?:doorgestuurd|doorgezet|doorgegeven|doorverwezen) (?:\w+ ){0,4}(?:naar|aan)\b|\b(?:klant|reseller|eigenaar) (?:is |zijn )?(?:op de hoogte gebracht|ingelicht|geïnformeerd)\b/i,
    ],
  },
  {
    outcome: 'removed',
    patterns: [
      /\b(?:has|have|was|were|is|are|been) (?:now )?(?:removed|taken down|taken offline|deleted|disabled|suspended|terminated|blocked)\b/i,
      /\b(?:we|i) (?:have |'ve )?(?:removed|taken down|deleted|disabled|suspended|terminated|blocked)\b/i,
      /\b(?:is|zijn|werd|werden|wordt|worden) (?:nu )?(?:verwijderd|offline gehaald|ontoegankelijk gemaakt|geblokkeerd|opgeschort|uitgeschakeld|beëindigd)\b/i,
      /\b(?:hebben|heb) (?:\w+ ){0,4}(?:verwijderd|offline gehaald|ontoegankelijk gemaakt|geblokkeerd|opgeschort|uitgeschakeld)\b/i,
    ],
  },
];

/** The lines the replier wrote: quoted lines ("> …") and everything after an "On … wrote:" / "Op … schreef" header are the notice itself. */
export function ownWords(text: string): string {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*>/.test(line)) continue;
    if (/^\s*(?:on .{0,120} wrote:|op .{0,120} schreef .{0,60}:|-{2,}\s*(?:original message|oorspronkelijk bericht)\s*-{2,}|from:\s.+@|van:\s.+@)/i.test(line)) break;
    out.push(line);
  }
  return out.join('\n');
}

export function readReply(subject: string, text: string): ReadProposal {
  const words = `${subject}\n${ownWords(text)}`;
  for (const { outcome, patterns } of CUES) {
    for (const p of patterns) {
      const m = p.exec(words);
      if (m) return { proposal: 'decision', outcome, cue: m[0].replace(/\s+/g, ' ').trim() };
    }
  }
  return { proposal: 'ack', outcome: null, cue: null };
}
