import { Module } from '@nestjs/common';

/** The equity feature's API (filled in by the feature). */
@Module({})
export class EquityModule {}
