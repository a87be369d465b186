import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { synthesize, TWO_WAY_NUMBER } from '../../rehearsal/stack';

/** The end-to-end suite on what ships: the app is synthesized once for the run, each file rehearses it. */
export default async function setup(project: TestProject) {
  // Deployed as an operator would, with the two-way number the rehearsal plays in the STOP line.
  const cdkOut = await synthesize(
    join(import.meta.dirname, '..', '..', '.local', 'rehearsal', 'e2e.cdk.out'),
    {
      stopNumber: TWO_WAY_NUMBER.e164,
    },
  );
  project.provide('cdkOut', cdkOut);
}
