import { simpleParser } from 'mailparser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaughtMail } from './mail-catcher';

/** The mail a test app wrote, read back from its mailbox folder (one .eml file per message). */
export interface Mailbox {
  /** Every message so far, oldest first. */
  mails(): Promise<CaughtMail[]>;
  /** Waits (up to 5 s) for the `count`-th message to an address and returns it. */
  waitFor(to: string, count?: number): Promise<CaughtMail>;
  /** Waits (up to 5 s) for a message to an address whose subject matches, and returns the newest one. */
  waitForSubject(to: string, subject: RegExp): Promise<CaughtMail>;
}

export function sentTo(mail: CaughtMail, to: string): boolean {
  return mail.to.split(',').some((a) => {
    const address = a.trim().toLowerCase();
    return address === to.toLowerCase() || address.endsWith(`<${to.toLowerCase()}>`);
  });
}

/**
 * Without SMTP_URL the app writes each message to DATA_DIR/mailbox, at once: tests read it there
 * (an SMTP catcher adds a tenth of a second per message, which sign-up's confirmation link pays
 * for every member a test creates).
 */
export function openMailbox(dir: string): Mailbox {
  const parsed = new Map<string, CaughtMail>();
  async function mails(): Promise<CaughtMail[]> {
    if (!existsSync(dir)) return [];
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .sort();
    for (const file of files) {
      if (parsed.has(file)) continue;
      const mail = await simpleParser(readFileSync(join(dir, file)));
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
      parsed.set(file, { to, subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '' });
    }
    return files.flatMap((f) => parsed.get(f) ?? []);
  }
  async function waitUntil(find: (all: CaughtMail[]) => CaughtMail | undefined, what: () => string): Promise<CaughtMail> {
    for (let i = 0; i < 500; i++) {
      const found = find(await mails());
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    const all = await mails();
    throw new Error(`${what()} (got: ${all.map((m) => `${m.to} "${m.subject}"`).join('; ') || 'none'})`);
  }
  return {
    mails,
    waitFor: (to, count = 1) =>
      waitUntil(
        (all) => all.filter((m) => sentTo(m, to))[count - 1],
        () => `No mail #${count} to ${to}`,
      ),
    waitForSubject: (to, subject) =>
      waitUntil(
        (all) => all.filter((m) => sentTo(m, to) && subject.test(m.subject)).at(-1),
        () => `No mail to ${to} matching ${subject}`,
      ),
  };
}
