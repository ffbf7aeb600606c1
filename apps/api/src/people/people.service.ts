import { Injectable } from '@nestjs/common';
import { Brackets, type Repository } from 'typeorm';
import { Db } from '../database/db.js';
import type { Page, Person } from '@throughline/domain';
import { invalid } from '../http/errors.js';
import { found } from '../http/not-found.js';
import { PersonEntity } from './person.entity.js';
import { type CreatePersonDto, type PeopleQuery, type UpdatePersonDto, toPersonResponse } from './people.dto.js';

@Injectable()
export class PeopleService {
  /** Bound to the current transaction when called inside db.write. */
  private get repository(): Repository<PersonEntity> {
    return this.db.repository(PersonEntity);
  }

  constructor(private readonly db: Db) {}

  async list(query: PeopleQuery): Promise<Page<Person>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 100;
    const builder = this.repository.createQueryBuilder('p').orderBy('p.name', 'ASC').skip((page - 1) * pageSize).take(pageSize);
    if (query.active) builder.andWhere('p.active = :active', { active: query.active === 'true' });
    if (query.department) builder.andWhere('p.department = :department', { department: query.department });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(
        new Brackets((w) =>
          w.where('p.name ILIKE :like', { like }).orWhere('p.email ILIKE :like').orWhere('p.title ILIKE :like').orWhere('p.department ILIKE :like'),
        ),
      );
    }
    const [rows, total] = await builder.getManyAndCount();
    return { items: rows.map(toPersonResponse), total, page, pageSize };
  }

  async get(id: string): Promise<Person> {
    return toPersonResponse(found(await this.repository.findOneBy({ id }), 'person', id));
  }

  create(body: CreatePersonDto): Promise<Person> {
    return this.db.write(async () => {
      return toPersonResponse(await this.repository.save(this.repository.create({ active: true, preferredLanguage: 'en', ...body })));
    });
  }

  update(id: string, body: UpdatePersonDto): Promise<Person> {
    return this.db.write(async () => {
      const row = found(await this.repository.findOneBy({ id }), 'person', id);
      if (body.supervisorId && (await this.wouldCycle(id, body.supervisorId))) {
        throw invalid([{ field: 'supervisorId', messages: ['a person cannot report to themselves, directly or through others'] }]);
      }
      const saved = await this.repository.save(this.repository.merge(row, body));
      // Deactivation takes effect at once: every open session of the person ends with it.
      if (body.active === false) await this.db.query(`DELETE FROM app.session WHERE person_id = $1`, [id]);
      return toPersonResponse(saved);
    });
  }

  remove(id: string): Promise<void> {
    return this.db.write(async () => {
      const result = await this.repository.delete({ id });
      found(result.affected ? true : null, 'person', id);
    });
  }

  /** True when `supervisorId` is the person or reports (through any chain) to them. */
  private async wouldCycle(id: string, supervisorId: string): Promise<boolean> {
    const rows: { id: string }[] = await this.repository.query(
      `WITH RECURSIVE chain AS (
         SELECT id, supervisor_id, 1 AS depth FROM app.person WHERE id = $1
         UNION ALL
         SELECT p.id, p.supervisor_id, c.depth + 1 FROM app.person p JOIN chain c ON p.id = c.supervisor_id WHERE c.depth < 50
       ) SELECT id FROM chain WHERE id = $2 LIMIT 1`,
      [supervisorId, id],
    );
    return rows.length > 0;
  }
}
