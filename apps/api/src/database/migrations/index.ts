import { CreateJobRuns1795564800000 } from './1795564800000-CreateJobRuns.js';
import { CreatePlanModel1795568400000 } from './1795568400000-CreatePlanModel.js';
import { SeedStudentGroups1795568400001 } from './1795568400001-SeedStudentGroups.js';
import { CreateAccountsAndAudit1795572000000 } from './1795572000000-CreateAccountsAndAudit.js';
import { CreateCollection1795575600000 } from './1795575600000-CreateCollection.js';
import { CreateReviewsScorecardsPublic1795579200000 } from './1795579200000-CreateReviewsScorecardsPublic.js';
import { AddReviewAgendaGeneratedAt1795665600000 } from './1795665600000-AddReviewAgendaGeneratedAt.js';
import { AuditFeedback1795838400000 } from './1795838400000-AuditFeedback.js';
import { MeasurementReferencesPerStatement1795924800000 } from './1795924800000-MeasurementReferencesPerStatement.js';
import { SpanishPlanText1795928400000 } from './1795928400000-SpanishPlanText.js';

/** Every migration, oldest first. Listed explicitly: no globs, so the ESM build and the tests load the same set. */
export const MIGRATIONS = [
  CreateJobRuns1795564800000,
  CreatePlanModel1795568400000,
  SeedStudentGroups1795568400001,
  CreateAccountsAndAudit1795572000000,
  CreateCollection1795575600000,
  CreateReviewsScorecardsPublic1795579200000,
  AddReviewAgendaGeneratedAt1795665600000,
  AuditFeedback1795838400000,
  MeasurementReferencesPerStatement1795924800000,
  SpanishPlanText1795928400000,
];
