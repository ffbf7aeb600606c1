import { Module } from '@nestjs/common';

/** The reviews feature's API: the cabinet's monthly review: agenda, presenter mode, decisions, action items, snapshots (filled in by the feature). */
@Module({})
export class ReviewsModule {}
