import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** What every catcher of this test file received, for helpers that do not know which one the app uses. */
export const caughtMails: CaughtMail[][] = [];

/** A real SMTP server in the test process; the app sends to it through SMTP_URL. */
export async function startMailCatcher(): Promise<{
  url: string;
  mails: CaughtMail[];
  waitFor(to: string, count?: number): Promise<CaughtMail>;
  close(): Promise<void>;
}> {
  const mails: CaughtMail[] = [];
  caughtMails.push(mails);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed: ParsedMail) => {
          const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
          mails.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** Waits (up to 5 s) for the `count`-th message to an address and returns it. */
    async waitFor(to: string, count = 1) {
      for (let i = 0; i < 100; i++) {
        const found = mails.filter((m) => m.to.includes(to));
        if (found.length >= count) return found[count - 1] as CaughtMail;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`No mail #${count} to ${to} (got: ${mails.map((m) => `${m.to} "${m.subject}"`).join('; ') || 'none'})`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the first link to `path` in a mail. */
export function linkToken(mail: CaughtMail, path: string): string {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`No ${path} link in: ${mail.text}`);
  return match[1];
}
