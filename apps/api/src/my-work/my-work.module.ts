import { Module } from '@nestjs/common';

/** The my-work feature's API (filled in by the feature). */
@Module({})
export class MyWorkModule {}
