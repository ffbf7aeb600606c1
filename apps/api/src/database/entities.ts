import { PersonEntity } from '../people/person.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { SchoolEntity } from '../schools/school.entity.js';
import { DistrictSettingsEntity } from '../settings/district-settings.entity.js';
import { StudentGroupEntity } from '../student-groups/student-group.entity.js';
import { JobRunEntity } from '../system/job-run.entity.js';

/**
 * Every entity, listed explicitly for the same reason as the migrations. Tables read and written set-wise
 * (plan nodes, metrics, measurements, tactics) are reached through SQL in their services instead.
 */
export const ENTITIES = [JobRunEntity, DistrictSettingsEntity, SchoolEntity, StudentGroupEntity, PersonEntity, PlanEntity];
