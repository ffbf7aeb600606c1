import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { Allow, SignedIn } from '../auth/access.js';
import { ApiTags } from '@nestjs/swagger';
import type { Page, Person } from '@throughline/domain';
import { CreatePersonDto, PeopleQuery, UpdatePersonDto } from './people.dto.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @SignedIn()
  list(@Query() query: PeopleQuery): Promise<Page<Person>> {
    return this.people.list(query);
  }

  @Get(':id')
  @SignedIn()
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Person> {
    return this.people.get(id);
  }

  @Post()
  @Allow([])
  create(@Body() body: CreatePersonDto): Promise<Person> {
    return this.people.create(body);
  }

  @Patch(':id')
  @Allow([])
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePersonDto): Promise<Person> {
    return this.people.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow([])
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.people.remove(id);
  }
}
