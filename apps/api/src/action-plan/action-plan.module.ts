import { Module } from '@nestjs/common';

/** The action-plan feature's API (filled in by the feature). */
@Module({})
export class ActionPlanModule {}
