/** Writes the list of content rules into the editors' guide. `npm run docs:rules`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../src/rules/index.ts';
import { README, rulesList, withRulesList } from './lib/rules-doc.ts';

const list = rulesList(RULES);
const before = readFileSync(README, 'utf8');
const after = withRulesList(before, list);
if (after === before) console.log(`${README}: the list of rules is up to date.`);
else {
  writeFileSync(README, after);
  console.log(`${README}: wrote the list of ${RULES.length} rules.`);
}
