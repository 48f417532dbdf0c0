/**
 * Names Decap's interface leaves out, added as it renders: its preview frame has no title, and
 * its raw text editor (the body) no label. Screen reader users hear what each one is.
 */
const NAMES: [selector: string, attribute: string, name: string][] = [
  ['iframe#preview-pane:not([title])', 'title', '预览'],
  ['[data-slate-editor="true"]:not([aria-label])', 'aria-label', '正文'],
];

function name(root: ParentNode) {
  for (const [selector, attribute, text] of NAMES)
    for (const element of root.querySelectorAll(selector)) element.setAttribute(attribute, text);
}

/** Keeps naming them in `root` (the page) as Decap adds them. */
export function nameUnnamedControls(root: HTMLElement = document.body): void {
  name(root);
  new MutationObserver(() => name(root)).observe(root, { childList: true, subtree: true });
}
