import { createSocket, type Socket } from 'node:dgram';
import dnsPacket from 'dns-packet';

type Rr = { type: 'A' | 'AAAA' | 'CNAME' | 'NS' | 'MX' | 'TXT'; data: unknown };

/** Zone data of the fictional domains used by domain-intelligence tests. */
export const ZONE: Record<string, Rr[]> = {
  'full-answer.com': [{ type: 'A', data: '192.0.2.10' }, { type: 'NS', data: 'ns1.full-answer.com' }, { type: 'TXT', data: ['v=spf1 -all'] }],
  'thin-answer.com': [{ type: 'A', data: '198.51.100.20' }, { type: 'MX', data: { preference: 10, exchange: 'mail.thin-answer.com' } }],
  'behind-cdn.com': [{ type: 'A', data: '104.16.1.1' }, { type: 'AAAA', data: '2606:4700::6810:101' }, { type: 'NS', data: 'ada.ns.cloudflare.com' }],
  'www.behind-cdn.com': [{ type: 'CNAME', data: 'behind-cdn.com.cdn.cloudflare.net' }],
  'kleding-weg.nl': [{ type: 'A', data: '192.0.2.30' }, { type: 'NS', data: 'ns1.voorbeeld-hosting.test' }],
  'coverlift-ai.test': [{ type: 'A', data: '104.16.5.5' }, { type: 'NS', data: 'ada.ns.cloudflare.com' }],
  // in a network the RIR itself holds (the RDAP world answers with a real RIPE NCC capture): holder unknown
  'rir-held.test': [{ type: 'A', data: '192.0.2.253' }, { type: 'NS', data: 'ns1.fictional-host.test' }],
};

export interface TestDns {
  server: string;
  queries: string[];
  stop(): Promise<void>;
}

/** A DNS server on loopback (UDP) answering from ZONE; NXDOMAIN for everything else. */
export async function startDns(): Promise<TestDns> {
  const queries: string[] = [];
  const socket: Socket = createSocket('udp4');
  socket.on('message', (msg, rinfo) => {
    let q: dnsPacket.Packet;
    try {
      q = dnsPacket.decode(msg);
    } catch {
      return;
    }
    const question = q.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase().replace(/\.$/, '');
    queries.push(`${question.type} ${name}`);
    const bench = /^bench-(\d+)\.com$/.exec(name);
    const fictional = name.endsWith('.test') && !ZONE[name] ? [{ type: 'A' as const, data: `192.0.2.${(name.length % 200) + 40}` }, { type: 'NS' as const, data: 'ns1.fictional-host.test' }] : undefined;
    const records = ZONE[name] ?? (bench ? [{ type: 'A' as const, data: `192.0.2.${(Number(bench[1]) % 250) + 1}` }, { type: 'NS' as const, data: 'ns1.bench-host.test' }] : fictional);
    const answers = (records ?? []).filter((r) => r.type === question.type).map((r) => ({ type: r.type, name: question.name, ttl: 300, class: 'IN', data: r.data }));
    const response = dnsPacket.encode({
      type: 'response',
      id: q.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (records ? 0 : 3), // rcode 3 = NXDOMAIN
      questions: q.questions,
      answers: answers as dnsPacket.Answer[],
    });
    socket.send(response, rinfo.port, rinfo.address);
  });
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
  return {
    server: `127.0.0.1:${socket.address().port}`,
    queries,
    stop: () => new Promise((r) => socket.close(() => r())),
  };
}
