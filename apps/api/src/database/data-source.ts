// Entry point for the TypeORM CLI only, e.g.
//   npx typeorm migration:generate -d apps/api/src/database/data-source.ts apps/api/src/database/migrations/Name
// The application builds its DataSource through Nest (see app.module.ts) and migrates with migrate.ts.
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { LOCAL_POSTGRES } from '../infra/infrastructure.js';
import { dataSourceOptions } from './database-options.js';

export default new DataSource(dataSourceOptions(loadConfig(process.env).database.url ?? LOCAL_POSTGRES));
