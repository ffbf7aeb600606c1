import { ConflictException, Injectable } from '@nestjs/common';
import type { Repository } from 'typeorm';
import { Db } from '../database/db.js';
import type { StudentGroup } from '@throughline/domain';
import { found } from '../http/not-found.js';
import { StudentGroupEntity } from './student-group.entity.js';
import { type CreateStudentGroupDto, type UpdateStudentGroupDto, toStudentGroupResponse } from './student-groups.dto.js';

@Injectable()
export class StudentGroupsService {
  /** Bound to the current transaction when called inside db.write. */
  private get repository(): Repository<StudentGroupEntity> {
    return this.db.repository(StudentGroupEntity);
  }

  constructor(private readonly db: Db) {}

  async list(): Promise<StudentGroup[]> {
    return (await this.repository.find({ order: { sortOrder: 'ASC', code: 'ASC' } })).map(toStudentGroupResponse);
  }

  /** The id of All Students: the default group of every series. */
  async allStudentsId(): Promise<string> {
    return (await this.repository.findOneByOrFail({ kind: 'all' })).id;
  }

  create(body: CreateStudentGroupDto): Promise<StudentGroup> {
    return this.db.write(async () => {
      const sortOrder = body.sortOrder ?? 1000;
      return toStudentGroupResponse(await this.repository.save(this.repository.create({ active: true, ...body, sortOrder })));
    });
  }

  update(id: string, body: UpdateStudentGroupDto): Promise<StudentGroup> {
    return this.db.write(async () => {
      const row = found(await this.repository.findOneBy({ id }), 'student group', id);
      if (row.system && (body.code !== undefined || body.kind !== undefined)) {
        // Data files and the complementary-suppression sets rely on the preloaded codes and kinds.
        throw new ConflictException('The code and kind of a preloaded group cannot change; its names and order can');
      }
      return toStudentGroupResponse(await this.repository.save(this.repository.merge(row, body)));
    });
  }

  remove(id: string): Promise<void> {
    return this.db.write(async () => {
      const row = found(await this.repository.findOneBy({ id }), 'student group', id);
      if (row.system) throw new ConflictException('Preloaded groups cannot be deleted; set active to false to hide one');
      await this.repository.delete({ id });
    });
  }
}
