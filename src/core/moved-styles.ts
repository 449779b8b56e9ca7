import type { CSSResult, ReactiveElement } from 'lit';

/**
 * Gives a widget's shadow root its styles again after the widget moved into another document (a
 * same-origin frame, a Document Picture-in-Picture window): the browser then drops the adopted
 * style sheets, which belong to the document they were made in, and Lit does not adopt them anew.
 * The new sheets are made by the new document's window, as a sheet must be. Called from
 * adoptedCallback, which only such a move calls: a few sheets per move, no cache to keep.
 */
export function adoptStylesAfterMove(element: ReactiveElement): void {
  const Sheet = element.ownerDocument.defaultView?.CSSStyleSheet;
  // A document without a window (DOMParser's, a template's) renders nothing: no styles needed.
  if (!Sheet) return;
  element.shadowRoot!.adoptedStyleSheets = (element.constructor as typeof ReactiveElement).elementStyles.map((style) => {
    const sheet = new Sheet();
    // The kit's styles are all css`` results (the class modules say so), never native sheets.
    sheet.replaceSync((style as CSSResult).cssText);
    return sheet;
  });
}
