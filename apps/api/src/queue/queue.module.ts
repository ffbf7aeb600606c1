import { Global, Module } from '@nestjs/common';
import { QueueFactory } from './queue-factory.js';

@Global()
@Module({ providers: [QueueFactory], exports: [QueueFactory] })
export class QueueModule {}
