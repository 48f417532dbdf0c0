/**
 * The folder of the web address the site is served from: `/` at the root of a host, or a sub-path
 * such as `/reports/carbon/` (BASE_PATH, read by astro.config.mjs into Astro's `base`).
 */
export const BASE_PATH_VARIABLE = 'BASE_PATH';

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

const segmentsOf = (value: string | undefined) => (value ?? '').split('/').filter(Boolean);

/** The part of a BASE_PATH that cannot be a folder of a web address, if any. */
export const badBaseSegment = (value: string | undefined) =>
  segmentsOf(value).find((segment) => !SEGMENT.test(segment) || /^\.+$/.test(segment));

/** BASE_PATH as Astro's `base`: with a slash at each end; `/` when unset. */
export function basePath(value: string | undefined): string {
  const segments = segmentsOf(value);
  const bad = badBaseSegment(value);
  if (bad !== undefined)
    throw new Error(
      `${BASE_PATH_VARIABLE} is "${value}", whose part "${bad}" cannot be a folder of a web address. Give the folder the site is served from, such as ${BASE_PATH_VARIABLE}=/reports/carbon/ (letters, digits, ".", "_", "~" and "-" between slashes), or leave it unset for the root of the host.`,
    );
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** A site path ("/2017/") under a base ("/reports/carbon/"): "/reports/carbon/2017/". */
export const underBase = (base: string, path: string) =>
  `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;

/** A path of the served site ("/reports/carbon/2017/") without its base ("/2017/"). */
export const withoutBase = (base: string, path: string) => {
  const folder = base.replace(/\/?$/, '/');
  return path.startsWith(folder) ? `/${path.slice(folder.length)}` : path;
};
