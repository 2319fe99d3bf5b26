import { faultTable } from './run-table.js';
import { PATHS } from './table.js';

faultTable(
  'GitHub fault table',
  PATHS.filter((p) => p.upstream === 'github'),
);
