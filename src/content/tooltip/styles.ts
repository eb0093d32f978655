// The tooltip's CSS, inside our closed shadow root only. `:host { all: initial }` cuts every inherited page style.
export const TOOLTIP_CSS = `
:host { all: initial; }
.tip {
  --bg: #ffffff; --fg: #1d1b26; --muted: #5d5a6b; --line: #e4e1ee; --accent: #5b4be0; --warn-bg: #fff4e0; --warn-fg: #7a4a00;
  --risk: #b3261e; --gain: #1f7a4d;
  position: fixed; top: 0; left: 0; box-sizing: border-box; width: max-content;
  max-width: min(340px, calc(100vw - 16px), var(--room-x, 100vw));
  max-height: min(520px, calc(100vh - 16px)); overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 10px 30px rgba(20, 16, 40, 0.18), 0 2px 6px rgba(20, 16, 40, 0.08);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; text-align: left;
  letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal; direction: ltr;
  padding: 12px 14px; z-index: 2147483647; pointer-events: auto; opacity: 1; transition: opacity 120ms ease-out;
  /* Its scrollbar and any native control follow the card's theme, not the page's or the system's. */
  color-scheme: light;
}
.tip[data-size="small"] { font-size: 12px; }
.tip[data-size="large"] { font-size: 15px; max-width: min(400px, calc(100vw - 16px), var(--room-x, 100vw)); }
.tip[data-theme="dark"] {
  --bg: #1c1a24; --fg: #efedf6; --muted: #b3afc4; --line: #3a3647; --accent: #a89dff; --warn-bg: #3d2e12; --warn-fg: #ffd89a;
  --risk: #ff8a80; --gain: #7fd9a8;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.5); color-scheme: dark;
}
.tip:focus { outline: 2px solid var(--accent); outline-offset: 2px; }
.tip *, .tip *::before, .tip *::after { box-sizing: border-box; }
.head { display: flex; align-items: center; gap: 8px; margin: 0 0 2px; }
.badge { color: #fff; font-weight: 700; font-size: 11px; padding: 2px 7px; border-radius: 999px; flex: none; }
.name { font-size: 1.15em; font-weight: 700; margin: 0; flex: 1; line-height: 1.25; }
.close {
  all: unset; cursor: pointer; width: 24px; height: 24px; border-radius: 6px; text-align: center; line-height: 24px;
  font-size: 18px; color: var(--muted); flex: none;
}
.close:hover { background: var(--line); color: var(--fg); }
.close:focus-visible, a:focus-visible, .link:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
p { margin: 4px 0; }
.aliases, .parent { color: var(--muted); font-size: 0.92em; }
.summary { margin: 8px 0; }
.warning { background: var(--warn-bg); color: var(--warn-fg); padding: 6px 8px; border-radius: 6px; font-weight: 600; }
.layer-stack { display: block; margin: 8px 0; max-width: 100%; height: auto; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 10px; margin: 8px 0; }
.facts dt { color: var(--muted); font-weight: 600; }
.facts dd { margin: 0; }
.meaning { color: var(--muted); }
.tradeoffs h3 { font-size: 0.92em; margin: 10px 0 3px; font-weight: 700; }
.gains-title { color: var(--gain); }
.risks-title { color: var(--risk); }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
.foot {
  /* Always in view, however far the card scrolls: the links are what people come back for. */
  position: sticky; bottom: -12px; display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center;
  margin: 10px -14px -12px; padding: 8px 14px 10px; background: var(--bg);
  border-top: 1px solid var(--line); font-size: 0.88em; color: var(--muted);
}
/* A short card (a short viewport, 200% zoom): the footer scrolls with the content rather than take a third of it. */
.tip[data-compact] .foot { position: static; }
a, .link { color: var(--accent); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
.link { all: unset; color: var(--accent); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
@media (prefers-reduced-motion: reduce) { .tip { transition: none; } }
/* A card left open when the user prints would print over the page's text, cut at the paper's edge. */
@media print { .tip, .notice { display: none !important; } }
/* A short status message at the top of the viewport (see notice.ts). */
.notice {
  position: fixed; top: 16px; left: 50%; transform: translateX(-50%); max-width: min(90vw, 420px);
  padding: 8px 14px; border-radius: 8px; background: #1f1d2b; color: #fff; pointer-events: none;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
}
@media (forced-colors: active) {
  .tip, .notice { border: 1px solid CanvasText; background: Canvas; color: CanvasText; }
  .badge { forced-color-adjust: none; }
  a, .link { color: LinkText; }
}
`;
