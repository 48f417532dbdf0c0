/**
 * What each page tells the publishing scripts while it renders: its sharing card (SocialMeta) and
 * the PDFs it offers and links (PdfLink). src/integrations/site-manifest.ts writes them into the
 * manifest once the build has rendered every page.
 */
import type { CardText, ManifestPdf } from './manifest.ts';

/** A PDF as the pages know it; the manifest adds the HTML file it is printed from. */
export type OfferedPdf = Omit<ManifestPdf, 'html'>;

export interface PageRecord {
  card?: { file: string; text: CardText; named?: string };
  /** PDFs the page links, as paths under pdf/. */
  pdfLinks: string[];
  /** PDFs the page offers, linked or not (a build without PDFs links none). */
  pdfs: OfferedPdf[];
}

/**
 * The pages are rendered by Astro's build from its own bundle of this module, the integration
 * reads from the module as the config loaded it: one store on globalThis serves both copies.
 */
const STORE = Symbol.for('chinalco-carbon-report.page-records');
type Store = Map<string, PageRecord>;

const store = (): Store => {
  const holder = globalThis as { [STORE]?: Store };
  return (holder[STORE] ??= new Map());
};

/** The record of a page by its address with the base, created on first use. */
function recordOf(address: string): PageRecord {
  const records = store();
  let record = records.get(address);
  if (!record) records.set(address, (record = { pdfLinks: [], pdfs: [] }));
  return record;
}

export function recordCard(address: string, card: NonNullable<PageRecord['card']>): void {
  recordOf(address).card = card;
}

export function recordPdf(address: string, pdf: OfferedPdf, linkedAs: string | undefined): void {
  const record = recordOf(address);
  if (!record.pdfs.some((known) => known.file === pdf.file)) record.pdfs.push(pdf);
  if (linkedAs !== undefined && !record.pdfLinks.includes(linkedAs)) record.pdfLinks.push(linkedAs);
}

/** Every record so far, by address; the store is emptied, so that a second build starts clean. */
export function takeRecords(): Map<string, PageRecord> {
  const records = new Map(store());
  store().clear();
  return records;
}
