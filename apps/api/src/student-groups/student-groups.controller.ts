import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { Allow, SignedIn } from '../auth/access.js';
import { ApiTags } from '@nestjs/swagger';
import type { StudentGroup } from '@throughline/domain';
import { CreateStudentGroupDto, UpdateStudentGroupDto } from './student-groups.dto.js';
import { StudentGroupsService } from './student-groups.service.js';

@ApiTags('student groups')
@Controller('student-groups')
export class StudentGroupsController {
  constructor(private readonly groups: StudentGroupsService) {}

  @Get()
  @SignedIn()
  list(): Promise<StudentGroup[]> {
    return this.groups.list();
  }

  @Post()
  @Allow([])
  create(@Body() body: CreateStudentGroupDto): Promise<StudentGroup> {
    return this.groups.create(body);
  }

  @Patch(':id')
  @Allow([])
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateStudentGroupDto): Promise<StudentGroup> {
    return this.groups.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow([])
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.groups.remove(id);
  }
}
