import { expect, test } from 'vitest';
import { publishSteps, type PublishStep } from '../../../scripts/lib/publish-steps.ts';

const folders = { site: 'stage/site', pdfs: 'stage/pdf', cards: 'stage/og' };
const shown = (step: PublishStep) =>
  'work' in step
    ? step.name
    : [step.command.replace(process.execPath, 'node'), ...step.args]
        .join(' ')
        .replace(/\S*\/scripts\//g, 'scripts/');

test('the publishing build: check, the site once with deferred links, PDFs, cards, finishing, search', () => {
  const steps = publishSteps(folders);
  expect(steps.map(shown)).toEqual([
    'node scripts/check.ts',
    'astro build --force --outDir stage/site',
    'node scripts/pdf.ts --site stage/site --out stage/pdf',
    'node scripts/cards.ts --site stage/site --out stage/og',
    'finish pages',
    'pagefind --site stage/site',
  ]);
  expect(steps[1]).toMatchObject({ name: 'build site', env: { PUBLISH_LINKS: 'deferred' } });
});

test('a preview without PDFs builds the site linking none, and indexes it', () => {
  const steps = publishSteps(folders, false);
  expect(steps.map((step) => step.name)).toEqual([
    'check content',
    'build site',
    'index for search',
  ]);
  expect(steps[1]).toMatchObject({ env: {} });
});
