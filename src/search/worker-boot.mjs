// Starts the search thread: registers the TypeScript loader in this worker, then runs it.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
