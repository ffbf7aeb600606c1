import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CollectionModule } from './collection/collection.module.js';
import { dataSourceOptions } from './database/database-options.js';
import { DbModule } from './database/db.module.js';
import { CoreModule } from './infra/core.module.js';
import { INFRASTRUCTURE, type Infrastructure } from './infra/infrastructure.js';
import { QueueModule } from './queue/queue.module.js';
import { SystemHttpModule } from './system/system-http.module.js';
import { SystemModule } from './system/system.module.js';
import { GuardrailsModule } from './guardrails/guardrails.module.js';
import { InitiativesModule } from './initiatives/initiatives.module.js';
import { MeasurementsModule } from './measurements/measurements.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { PeopleModule } from './people/people.module.js';
import { PlanNodesModule } from './plan-nodes/plan-nodes.module.js';
import { PlansModule } from './plans/plans.module.js';
import { SchoolsModule } from './schools/schools.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { StudentGroupsModule } from './student-groups/student-groups.module.js';
import { TacticsModule } from './tactics/tactics.module.js';
import { AccountabilityModule } from './accountability/accountability.module.js';
import { ActionPlanModule } from './action-plan/action-plan.module.js';
import { EquityModule } from './equity/equity.module.js';
import { MyWorkModule } from './my-work/my-work.module.js';
import { DailyTasksModule } from './rituals/daily-tasks.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { ScorecardsModule } from './scorecards/scorecards.module.js';
import { PublicModule } from './public/public.module.js';

@Module({})
export class AppModule {
  /** `http: false` builds the worker-only process: the same jobs, no routes. */
  static forRoot(config: AppConfig, infrastructure: Infrastructure, logger: Logger, http: boolean): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, infrastructure, logger),
        TypeOrmModule.forRootAsync({
          inject: [INFRASTRUCTURE, APP_CONFIG],
          useFactory: (infra: Infrastructure, appConfig: AppConfig) =>
            dataSourceOptions(infra.database.url, appConfig.database.poolSize),
        }),
        DbModule,
        DailyTasksModule,
        AuthModule,
        AuditModule,
        QueueModule,
        SystemModule,
        CollectionModule,
        SettingsModule,
        SchoolsModule,
        StudentGroupsModule,
        PeopleModule,
        PlansModule,
        PlanNodesModule,
        GuardrailsModule,
        InitiativesModule,
        MetricsModule,
        MeasurementsModule,
        TacticsModule,
        ActionPlanModule,
        EquityModule,
        AccountabilityModule,
        MyWorkModule,
        ReviewsModule,
        ScorecardsModule,
        PublicModule,
        ...(http ? [SystemHttpModule] : []),
      ],
    };
  }
}
