import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { AuthController, InvitationsController } from './auth.controller.js';
import { MailerService } from './mailer.service.js';
import { OidcController } from './oidc.controller.js';
import { OidcService } from './oidc.service.js';
import { PasswordsService } from './passwords.service.js';
import { RateLimitService } from './rate-limit.service.js';
import { SessionsService } from './sessions.service.js';

@Global()
@Module({
  controllers: [AuthController, InvitationsController, OidcController],
  providers: [SessionsService, PasswordsService, RateLimitService, MailerService, OidcService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [SessionsService, PasswordsService, RateLimitService, MailerService],
})
export class AuthModule {}
