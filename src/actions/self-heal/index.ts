import { runOnRunner } from '../../platform/runner-io.js';
import { run } from './main.js';

await runOnRunner('self-heal', run);
