/** The same PDF, built differently: pages drawn through form XObjects, a filled form field on top. */
import { PDFDocument } from 'pdf-lib';

/**
 * Every page drawn through a form XObject whose /Matrix scales it by 0.9 and
 * moves it, as imposition and stamping tools leave pages: the content is the
 * same, only in the form's own space.
 */
export async function pagesAsScaledForms(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes);
  const out = await PDFDocument.create();
  for (const page of source.getPages()) {
    const form = await out.embedPage(page, undefined, [0.9, 0, 0, 0.9, 20, 30]);
    out.addPage([page.getWidth(), page.getHeight()]).drawPage(form, { x: 0, y: 0 });
  }
  return out.save();
}

/** A filled text field on page 1: its text is drawn by the widget annotation's appearance, not by the page. */
export async function withFilledField(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  const field = doc.getForm().createTextField('stamp');
  field.setText('Approved 2023');
  field.addToPage(doc.getPage(0), { x: 50, y: 50, width: 200, height: 24 });
  return doc.save();
}
