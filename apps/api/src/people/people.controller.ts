import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page, Person } from '@throughline/domain';
import { CreatePersonDto, PeopleQuery, UpdatePersonDto } from './people.dto.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  list(@Query() query: PeopleQuery): Promise<Page<Person>> {
    return this.people.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Person> {
    return this.people.get(id);
  }

  @Post()
  create(@Body() body: CreatePersonDto): Promise<Person> {
    return this.people.create(body);
  }

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePersonDto): Promise<Person> {
    return this.people.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.people.remove(id);
  }
}
