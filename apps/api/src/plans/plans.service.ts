import { Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import { Db } from '../database/db.js';
import type { Plan } from '@throughline/domain';
import { invalid } from '../http/errors.js';
import { found } from '../http/not-found.js';
import { PlanEntity } from './plan.entity.js';
import { type CreatePlanDto, type UpdatePlanDto, toPlanResponse } from './plans.dto.js';

@Injectable()
export class PlansService {
  /** Bound to the current transaction when called inside db.write. */
  private get repository(): Repository<PlanEntity> {
    return this.db.repository(PlanEntity);
  }

  constructor(private readonly db: Db) {}

  async list(): Promise<Plan[]> {
    return (await this.repository.find({ order: { active: 'DESC', firstSchoolYear: 'DESC', name: 'ASC' } })).map(toPlanResponse);
  }

  async get(id: string): Promise<Plan> {
    return toPlanResponse(await this.entity(id));
  }

  async entity(id: string): Promise<PlanEntity> {
    return found(await this.repository.findOneBy({ id }), 'plan', id);
  }

  async create(body: CreatePlanDto): Promise<Plan> {
    const row = this.repository.create({ mission: '', vision: '', values: [], missionEs: '', visionEs: '', valuesEs: [], learnerProfile: [], state: 'draft', active: false, ...body });
    checkPlan(row);
    return toPlanResponse(await this.save(row));
  }

  async update(id: string, body: UpdatePlanDto): Promise<Plan> {
    const row = this.repository.merge(await this.entity(id), body);
    checkPlan(row);
    return toPlanResponse(await this.save(row));
  }

  remove(id: string): Promise<void> {
    return this.db.write(async () => {
      await this.entity(id);
      await this.repository.delete({ id });
    });
  }

  /** Activating a plan deactivates the previous one in the same transaction (one active district plan). */
  private save(row: PlanEntity): Promise<PlanEntity> {
    return this.db.write(async (manager) => {
      if (row.active) await manager.query(`UPDATE app.plan SET active = false WHERE active AND id IS DISTINCT FROM $1`, [row.id ?? null]);
      return manager.save(PlanEntity, row);
    });
  }
}

function checkPlan(row: PlanEntity): void {
  const errors: { field: string; messages: string[] }[] = [];
  const years = row.lastSchoolYear - row.firstSchoolYear + 1;
  if (years < 3 || years > 5) errors.push({ field: 'lastSchoolYear', messages: [`the horizon must be 3–5 school years (got ${years})`] });
  if (row.state === 'adopted' && !row.adoptedOn) errors.push({ field: 'adoptedOn', messages: ['an adopted plan needs its adoption date'] });
  if (errors.length) throw invalid(errors);
}
