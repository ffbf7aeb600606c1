import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { School } from '@throughline/domain';
import { found } from '../http/not-found.js';
import { SchoolEntity } from './school.entity.js';
import { type CreateSchoolDto, type SchoolQuery, type UpdateSchoolDto, toSchoolResponse } from './schools.dto.js';

@Injectable()
export class SchoolsService {
  constructor(@InjectRepository(SchoolEntity) private readonly repository: Repository<SchoolEntity>) {}

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

  async create(body: CreateSchoolDto): Promise<School> {
    return toSchoolResponse(await this.repository.save(this.repository.create({ active: true, ...body })));
  }

  async update(id: string, body: UpdateSchoolDto): Promise<School> {
    const row = found(await this.repository.findOneBy({ id }), 'school', id);
    return toSchoolResponse(await this.repository.save(this.repository.merge(row, body)));
  }

  async remove(id: string): Promise<void> {
    const result = await this.repository.delete({ id });
    found(result.affected ? true : null, 'school', id);
  }
}
