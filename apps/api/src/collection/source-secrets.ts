import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Inject, Injectable, InternalServerErrorException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** What a source keeps secret: HTTP header values (tokens) and database connection strings. */
export interface SourceSecrets {
  readonly headers?: Readonly<Record<string, string>>;
  readonly connectionString?: string;
}

const VERSION = 'v1';

/**
 * AES-256-GCM for sources' secrets at rest. The key comes from SECRETS_KEY; outside production, when unset, a
 * random key is created once in a file beside the data (.data/secrets.key) so a laptop install just works.
 */
@Injectable()
export class SourceSecretsService {
  private key: Buffer | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  encrypt(secrets: SourceSecrets): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keyBytes(), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(ciphertext: string): SourceSecrets {
    const [version, iv, tag, body] = ciphertext.split(':');
    if (version !== VERSION || !iv || !tag || !body) throw new InternalServerErrorException('Unreadable source secret');
    const decipher = createDecipheriv('aes-256-gcm', this.keyBytes(), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    try {
      return JSON.parse(Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8')) as SourceSecrets;
    } catch {
      // Wrong key (SECRETS_KEY changed) or tampered value: say which, without the value.
      throw new InternalServerErrorException('A source secret cannot be decrypted with the current SECRETS_KEY');
    }
  }

  private keyBytes(): Buffer {
    if (this.key) return this.key;
    const { secretsKey, secretsKeyFile } = this.config.collection;
    if (secretsKey) {
      this.key = Buffer.from(secretsKey, 'base64');
    } else if (this.config.env === 'production') {
      throw new InternalServerErrorException('SECRETS_KEY is not set: sources with secrets need it in production');
    } else {
      const file = resolve(secretsKeyFile);
      if (!existsSync(file)) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
      }
      this.key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    }
    return this.key;
  }
}
