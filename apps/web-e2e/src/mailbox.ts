import { simpleParser } from 'mailparser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The app writes each email as an .eml file under DATA_DIR/mailbox when no SMTP server is set. */
const MAILBOX = join(resolve(__dirname, '../../..', process.env['E2E_DATA_DIR'] ?? '.data/e2e'), 'mailbox');

/** The newest message to `to` whose subject matches, waiting up to 10 s for it to arrive. */
export async function readMail(to: string, subject: RegExp): Promise<{ subject: string; text: string }> {
  for (let i = 0; i < 100; i++) {
    if (existsSync(MAILBOX)) {
      const files = readdirSync(MAILBOX)
        .filter((f) => f.endsWith('.eml') && f.includes(to.replace(/[^a-zA-Z0-9@._-]/g, '_')))
        .sort()
        .reverse();
      for (const file of files) {
        const parsed = await simpleParser(readFileSync(join(MAILBOX, file)));
        if (subject.test(parsed.subject ?? '')) return { subject: parsed.subject ?? '', text: parsed.text ?? '' };
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No mail to ${to} matching ${subject} in ${MAILBOX}`);
}

/** The first link of a mail's text that goes to `path`. */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_-]+`).exec(text);
  if (!match) throw new Error(`No ${path} link in: ${text}`);
  return match[0];
}
