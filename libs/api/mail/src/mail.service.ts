import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@mouvement/api-core';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { RenderedMail } from './mail-layout';

export interface OutgoingMail extends RenderedMail {
  to: string;
}

/**
 * The one mail service every feature uses. With SMTP_URL it sends through SMTP; without it, each
 * message is written as an .eml file to `DATA_DIR/mailbox`, which any mail client opens.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  private readonly mailbox?: string;
  private sequence = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.smtpUrl) {
      this.transport = createTransport(config.smtpUrl);
    } else {
      this.mailbox = join(config.dataDir, 'mailbox');
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
  }

  /** Sends a message; failures are logged, never thrown, so a mail outage does not undo the action. */
  async send(mail: OutgoingMail): Promise<boolean> {
    try {
      const info = (await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'Auto-Submitted': 'auto-generated' },
      })) as { message?: Buffer };
      if (this.mailbox && info.message) {
        await mkdir(this.mailbox, { recursive: true });
        const safeTo = mail.to.replace(/[^a-zA-Z0-9@._-]/g, '_');
        // The sequence keeps two messages of one millisecond apart, in order.
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++this.sequence).padStart(6, '0')}-${safeTo}.eml`;
        // Written aside, then renamed: a reader of the folder never sees half a message.
        await writeFile(join(this.mailbox, `${name}.part`), info.message);
        await rename(join(this.mailbox, `${name}.part`), join(this.mailbox, name));
      }
      return true;
    } catch (error) {
      this.logger.error(`Mail to ${mail.to} failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
}
