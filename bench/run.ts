/** `npm run bench`: speed goals are measured here, never in timed tests. */
import { benchTextEngine } from './text-engine';

benchTextEngine();
