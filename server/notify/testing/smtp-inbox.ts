import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  envelopeTo: string[];
  subject: string;
  messageId: string;
  text: string;
  html: string;
}

export interface SmtpInbox {
  url: string;
  received: ReceivedEmail[];
  /** Answer the next messages' DATA with this SMTP code (e.g. 450) instead of accepting them. */
  refuseWith(code: number | undefined): void;
  /** Messages refused so far. */
  refused: number;
  close(): Promise<void>;
}

/** A real SMTP server on a loopback port that keeps what it accepts, decoded enough to assert on. */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  let refuseCode: number | undefined;
  const inbox: SmtpInbox = {
    url: '',
    received: [],
    refused: 0,
    refuseWith: (code) => {
      refuseCode = code;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refuseCode !== undefined) {
          inbox.refused += 1;
          const error = Object.assign(new Error('Mailbox busy, try again later'), {
            responseCode: refuseCode,
          });
          callback(error);
          return;
        }
        const to = session.envelope.rcptTo.map((r) => r.address);
        inbox.received.push({
          envelopeTo: to,
          ...parseMessage(Buffer.concat(chunks).toString('utf8')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  inbox.url = `smtp://127.0.0.1:${port}`;
  return inbox;
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(end + 4) };
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const soft = body.replace(/=\r\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < soft.length; i += 1) {
      const hex = soft.slice(i + 1, i + 3);
      if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
      }
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_all, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
  );
}

function parseMessage(raw: string): Omit<ReceivedEmail, 'envelopeTo'> {
  const { headers, body } = splitHead(raw);
  const parts: Record<string, string> = {};
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  const sections = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const section of sections) {
    const part = splitHead(section.replace(/^\r\n/, ''));
    const type = (part.headers.get('content-type') ?? 'text/plain').split(';')[0] ?? '';
    parts[type] = decodeBody(
      part.body.replace(/\r\n$/, ''),
      part.headers.get('content-transfer-encoding'),
    );
  }
  return {
    subject: decodeWords(headers.get('subject') ?? ''),
    messageId: headers.get('message-id') ?? '',
    text: parts['text/plain'] ?? '',
    html: parts['text/html'] ?? '',
  };
}
