import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { Allow, SignedIn } from '../auth/access.js';
import { ApiTags } from '@nestjs/swagger';
import type { School } from '@throughline/domain';
import { CreateSchoolDto, SchoolQuery, UpdateSchoolDto } from './schools.dto.js';
import { SchoolsService } from './schools.service.js';

@ApiTags('schools')
@Controller('schools')
export class SchoolsController {
  constructor(private readonly schools: SchoolsService) {}

  @Get()
  @SignedIn()
  list(@Query() query: SchoolQuery): Promise<School[]> {
    return this.schools.list(query);
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<School> {
    return this.schools.get(id);
  }

  @Post()
  @Allow([])
  create(@Body() body: CreateSchoolDto): Promise<School> {
    return this.schools.create(body);
  }

  @Patch(':id')
  @Allow([])
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateSchoolDto): Promise<School> {
    return this.schools.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow([])
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.schools.remove(id);
  }
}
