/** The tags an editor may use in a chapter's MDX, by name (see ALLOWED_TAGS in mdx/content-tags.ts). */
import Case from './Case.astro';
import DataTable from './DataTable.astro';
import Honours from './Honours.astro';
import KeyFigures from './KeyFigures.astro';
import KpiTable from './KpiTable.astro';
import Photos from './Photos.astro';
import PillarInitiatives from './PillarInitiatives.astro';
import PillarModel from './PillarModel.astro';

export const contentComponents = {
  Case,
  DataTable,
  Honours,
  KeyFigures,
  KpiTable,
  Photos,
  PillarInitiatives,
  PillarModel,
};
