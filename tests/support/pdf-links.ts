/** The link annotations of a PDF file, read with pdf-lib. */
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from '@cantoo/pdf-lib';

export interface PdfLinks {
  /** Addresses of links that leave the document (/URI actions). */
  uris: string[];
  /** Links to a place inside the document (/Dest or /GoTo). */
  internal: number;
}

export async function pdfLinks(file: string): Promise<PdfLinks> {
  const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const found: PdfLinks = { uris: [], internal: 0 };
  for (const page of document.getPages()) {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annotations?.size() ?? 0); i++) {
      const annotation = annotations!.lookupMaybe(i, PDFDict);
      if (annotation?.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
      if (uri) found.uris.push(uri.decodeText());
      else found.internal += 1;
    }
  }
  return found;
}
