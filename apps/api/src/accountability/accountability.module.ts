import { Module } from '@nestjs/common';

/** The accountability feature's API (filled in by the feature). */
@Module({})
export class AccountabilityModule {}
