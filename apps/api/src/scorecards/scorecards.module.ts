import { Module } from '@nestjs/common';

/** The scorecards feature's API: the board's quarterly scorecard: goals, metrics, narratives, PDF and XLSX, archives (filled in by the feature). */
@Module({})
export class ScorecardsModule {}
