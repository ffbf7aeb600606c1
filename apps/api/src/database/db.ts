import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { currentRequest } from '../http/request-context.js';

const transactions = new AsyncLocalStorage<EntityManager>();

/**
 * The one way services reach the database.
 * - `write` runs work in a transaction that carries the actor and request id, which the audit trigger records.
 * - Inside `write`, every `query`/`repository` call (even from other services) joins the same transaction and
 *   connection: nothing waits on a second connection while a transaction is open, which on the embedded
 *   single-backend database would never finish.
 */
@Injectable()
export class Db {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return transactions.getStore() ?? this.dataSource.manager;
  }

  query<T = unknown>(sql: string, params?: readonly unknown[]): Promise<T> {
    return this.manager.query(sql, params as unknown[]);
  }

  repository<E extends ObjectLiteral>(entity: EntityTarget<E>): Repository<E> {
    return this.manager.getRepository(entity);
  }

  /** One writing statement in its own audited transaction (or the current one). */
  execute<T = unknown>(sql: string, params?: readonly unknown[]): Promise<T> {
    return this.write((manager) => manager.query(sql, params as unknown[]));
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = transactions.getStore();
    if (current) return work(current);
    return this.dataSource.transaction(async (manager) => {
      const request = currentRequest();
      await manager.query(`SELECT set_config('throughline.actor_id', $1, true), set_config('throughline.request_id', $2, true)`, [
        request?.actor?.personId ?? '',
        request?.requestId ?? '',
      ]);
      return transactions.run(manager, () => work(manager));
    });
  }
}
