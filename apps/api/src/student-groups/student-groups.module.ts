import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StudentGroupEntity } from './student-group.entity.js';
import { StudentGroupsController } from './student-groups.controller.js';
import { StudentGroupsService } from './student-groups.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([StudentGroupEntity])],
  controllers: [StudentGroupsController],
  providers: [StudentGroupsService],
  exports: [StudentGroupsService],
})
export class StudentGroupsModule {}
