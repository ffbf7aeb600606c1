import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export interface Mail {
  readonly to: string;
  readonly cc?: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Sends email through the district's SMTP server (SMTP_URL). Without one, nothing is sent and callers say so. */
@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.mail.smtpUrl ? nodemailer.createTransport(config.mail.smtpUrl) : undefined;
  }

  get configured(): boolean {
    return this.transport !== undefined;
  }

  async send(mail: Mail): Promise<boolean> {
    if (!this.transport) return false;
    await this.transport.sendMail({ from: this.config.mail.from, ...mail });
    // The address and subject only: bodies may hold one-time links.
    this.logger.log(`mail sent to ${mail.to}: ${mail.subject}`);
    return true;
  }
}
