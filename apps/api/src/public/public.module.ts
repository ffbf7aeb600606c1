import { Module } from '@nestjs/common';

/** The public feature's API: the community's public page: published items only, suppression applied, feedback (filled in by the feature). */
@Module({})
export class PublicModule {}
