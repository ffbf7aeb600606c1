import { Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import { Db } from '../database/db.js';
import type { School } from '@throughline/domain';
import { found } from '../http/not-found.js';
import { SchoolEntity } from './school.entity.js';
import { type CreateSchoolDto, type SchoolQuery, type UpdateSchoolDto, toSchoolResponse } from './schools.dto.js';

@Injectable()
export class SchoolsService {
  /** Bound to the current transaction when called inside db.write. */
  private get repository(): Repository<SchoolEntity> {
    return this.db.repository(SchoolEntity);
  }

  constructor(private readonly db: Db) {}

  async list(query: SchoolQuery): Promise<School[]> {
    const rows = await this.repository.find({
      where: { ...(query.active ? { active: query.active === 'true' } : {}), ...(query.level ? { level: query.level } : {}) },
      order: { name: 'ASC' },
    });
    return rows.map(toSchoolResponse);
  }

  async get(id: string): Promise<School> {
    return toSchoolResponse(found(await this.repository.findOneBy({ id }), 'school', id));
  }

  create(body: CreateSchoolDto): Promise<School> {
    return this.db.write(async () => {
      return toSchoolResponse(await this.repository.save(this.repository.create({ active: true, ...body })));
    });
  }

  update(id: string, body: UpdateSchoolDto): Promise<School> {
    return this.db.write(async () => {
      const row = found(await this.repository.findOneBy({ id }), 'school', id);
      return toSchoolResponse(await this.repository.save(this.repository.merge(row, body)));
    });
  }

  remove(id: string): Promise<void> {
    return this.db.write(async () => {
      const result = await this.repository.delete({ id });
      found(result.affected ? true : null, 'school', id);
    });
  }
}
