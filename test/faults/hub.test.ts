import { faultTable } from './run-table.js';
import { PATHS } from './table.js';

faultTable(
  'Hub fault table',
  PATHS.filter((p) => p.upstream === 'hub'),
);
