/**
 * The years the CMS offers, read from the folders of content/, each with the pillar ids of its
 * pillars.json, the chapter ids of its report.json and the KPI row ids of its kpis.json (for the
 * select boxes), and its case ids (a new case needs an id of its own). A file that does not parse
 * leaves its list out; the check reports it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CmsBackend, CmsYear } from './config.ts';
import { environment, type Environment } from '../config/env.ts';

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
};

const strings = (
  list: unknown,
  pick: (item: unknown) => unknown = (x) => x,
): string[] | undefined =>
  Array.isArray(list)
    ? list.map(pick).filter((x): x is string => typeof x === 'string')
    : undefined;

/** Every four-digit folder of `contentDir`, oldest first. */
export function cmsYears(contentDir: string): CmsYear[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
    .map((entry) => {
      const dir = join(contentDir, entry.name);
      const pillarsFile = join(dir, 'pillars.json');
      const pillars = existsSync(pillarsFile)
        ? strings(
            (readJson(pillarsFile) as { pillars?: unknown })?.pillars,
            (p) => (p as { id?: unknown })?.id,
          )
        : undefined;
      const chapters = strings(
        (readJson(join(dir, 'report.json')) as { chapters?: unknown })?.chapters,
      );
      const groups = (readJson(join(dir, 'kpis.json')) as { groups?: unknown })?.groups;
      const kpis = strings(
        Array.isArray(groups)
          ? groups.flatMap((g) => ((g as { rows?: unknown })?.rows as unknown[]) ?? [])
          : undefined,
        (row) => (row as { id?: unknown })?.id,
      );
      const casesDir = join(dir, 'cases');
      const cases = existsSync(casesDir)
        ? readdirSync(casesDir)
            .filter((name) => name.endsWith('.mdx'))
            .map((name) => name.slice(0, -'.mdx'.length))
        : [];
      return {
        year: Number(entry.name),
        ...(pillars?.length ? { pillars } : {}),
        ...(chapters?.length ? { chapters } : {}),
        ...(kpis?.length ? { kpis } : {}),
        ...(cases.length ? { cases } : {}),
      };
    })
    .sort((a, b) => a.year - b.year);
}

/**
 * The backend settings from the environment at build time: CMS_REPO (owner/name), CMS_BRANCH,
 * CMS_AUTH_URL (the OAuth proxy), CMS_AUTH_ENDPOINT, CMS_LOCAL_BACKEND_URL (decap-server).
 */
export function cmsBackend({ cms }: Environment = environment()): CmsBackend {
  return {
    repo: cms.repo,
    branch: cms.branch,
    ...(cms.authUrl ? { baseUrl: cms.authUrl } : {}),
    ...(cms.authEndpoint ? { authEndpoint: cms.authEndpoint } : {}),
    ...(cms.localBackendUrl ? { localBackendUrl: cms.localBackendUrl } : {}),
  };
}
