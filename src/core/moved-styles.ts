import { LitElement, type CSSResult } from 'lit';

/**
 * Styles for a widget in another document than the kit's (a same-origin frame, a Document
 * Picture-in-Picture window): style sheets belong to the document that made them, and a shadow
 * root in another document refuses Lit's, which the kit's document made. The browser also drops
 * them when a rendered widget moves there, and Lit does not adopt them again. The new sheets are
 * made by the widget's own window; a few per move, no cache to keep.
 */
export function adoptStylesIn(element: LitElement, root = element.renderRoot as ShadowRoot | null): void {
  const Sheet = element.ownerDocument.defaultView?.CSSStyleSheet;
  // A document without a window (DOMParser's, a template's) renders nothing: no styles needed.
  if (!Sheet || !root) return;
  root.adoptedStyleSheets = (element.constructor as typeof LitElement).elementStyles.map((style) => {
    const sheet = new Sheet();
    // The kit's styles are all css`` results (the class modules say so), never native sheets.
    sheet.replaceSync((style as CSSResult).cssText);
    return sheet;
  });
}

/** LitElement with the above: for a widget first connected, or moved, in another document. */
export class KitElement extends LitElement {
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document) return super.createRenderRoot();
    const root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    adoptStylesIn(this, root);
    return root;
  }

  /** The custom-element callback for a move into another document. */
  adoptedCallback(): void {
    adoptStylesIn(this);
  }
}
