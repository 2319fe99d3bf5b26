// The Action's entry point (action.yml `main: dist/action.js`): the only side effect is running it.
import { run } from './main.js';

await run();
