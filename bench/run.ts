/** `npm run bench`: speed goals are measured here, never in timed tests. `npm run bench -- text` runs one part. */
import { benchBalance } from './balance';
import { benchBundles } from './bundles';
import { benchCampaigns } from './campaigns';
import { benchExports } from './exports';
import { benchLoad } from './load';
import { benchOperators } from './operators';
import { benchReports } from './reports';
import { benchScale } from './scale';
import { benchSegments } from './segments';
import { benchSending } from './sending';
import { benchShortLinks } from './short-links';
import { benchTextEngine } from './text-engine';
import { benchWebhooks } from './webhooks';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const parts: Record<string, () => void | Promise<void>> = {
  text: benchTextEngine,
  campaigns: benchCampaigns,
  sending: benchSending,
  segments: benchSegments,
  exports: benchExports,
  links: benchShortLinks,
  reports: benchReports,
  bundles: benchBundles,
  webhooks: benchWebhooks,
  operators: benchOperators,
  balance: benchBalance,
  load: benchLoad,
  scale: benchScale,
};
/** Run only when asked for by name: long, and not part of `npm run bench` alone. */
const LONG = new Set(['scale', 'load']);
const chosen = process.argv.slice(2);
for (const [name, run] of Object.entries(parts)) {
  if (chosen.includes(name) || (chosen.length === 0 && !LONG.has(name))) await run();
}
