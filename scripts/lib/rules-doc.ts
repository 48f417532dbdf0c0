/**
 * The list of rules in the editors' guide (content/README.md), generated from the rules themselves
 * between two markers: `npm run docs:rules` writes it, a unit test fails when it is out of date.
 */
import type { Rule } from '../../src/rules/lib/rule.ts';

export const README = 'content/README.md';
export const START = '<!-- rules:start (npm run docs:rules writes this list) -->';
export const END = '<!-- rules:end -->';

/**
 * One line per rule: its id, whether it only warns, and what it protects. Every other rule stops
 * the check and the build alike.
 */
export function rulesList(rules: readonly Pick<Rule, 'id' | 'description' | 'severity'>[]): string {
  return rules
    .map(
      (rule) =>
        `- \`${rule.id}\`${rule.severity === 'warning' ? '（警告，不阻止发布）' : ''}：${rule.description}`,
    )
    .join('\n');
}

/** The guide with its list of rules replaced; throws if the markers are missing. */
export function withRulesList(readme: string, list: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README} lacks the markers ${START} … ${END}.`);
  return `${readme.slice(0, start + START.length)}\n\n${list}\n\n${readme.slice(end)}`;
}
