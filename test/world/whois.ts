import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A fictional answer in the block layout of the .nl registry's WHOIS. */
const NL_ANSWER = `Domain name: kleding-weg.nl
Status:      active

Registrar:
   Voorbeeld Registrar B.V.
   Voorbeeldstraat 1
   1234AB Amsterdam
   Netherlands

Abuse Contact:
   +31.201234567
   abuse@voorbeeld-registrar.test

DNSSEC:      no

Domain nameservers:
   ns1.voorbeeld-hosting.test
   ns2.voorbeeld-hosting.test

Creation Date: 2025-10-01

Updated Date: 2026-01-12

Record maintained by: NL Domain Registry
`;

export interface TestWhois {
  server: string;
  queries: string[];
  stop(): Promise<void>;
}

export async function startWhois(): Promise<TestWhois> {
  const queries: string[] = [];
  const server: Server = createServer((socket) => {
    socket.once('data', (data: Buffer) => {
      const q = data.toString('utf8').trim().toLowerCase();
      queries.push(q);
      if (q === 'silent.nl') return; // never answers
      socket.end(q === 'kleding-weg.nl' ? NL_ANSWER : `${q} is free\n`);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    server: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    queries,
    async stop() {
      await new Promise((r) => server.close(r));
    },
  };
}
