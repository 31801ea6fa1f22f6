/**
 * The stylesheet of the HTML view, scoped to `.article-lens` so a fragment can
 * sit inside a notebook or another page without touching its styles. Colours
 * that depend on the data (speakers) come in through the custom properties
 * `--al-strong` and `--al-tint` set on each element.
 */
export const VIEW_CSS = `
.article-lens{font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2328;background:#fff;max-width:52rem;margin:0 auto;padding:1rem 1.25rem 2rem}
.article-lens *{box-sizing:border-box}
.article-lens .al-header{border-bottom:1px solid #d0d7de;margin-bottom:1rem;padding-bottom:.5rem}
.article-lens .al-brand{font-size:.8rem;letter-spacing:.06em;text-transform:uppercase;color:#57606a;margin:0}
.article-lens .al-stats{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.5rem 0;padding:0;list-style:none;font-size:.9rem}
.article-lens .al-stats b{font-variant-numeric:tabular-nums}
.article-lens .al-legend{display:flex;flex-wrap:wrap;gap:.35rem .5rem;margin:.5rem 0 0;padding:0;list-style:none;font-size:.85rem}
.article-lens .al-legend li{border-radius:999px;padding:0 .6rem;background:var(--al-tint);border:1px solid var(--al-strong);color:#1f2328}
.article-lens .al-legend .al-legend-key{font-weight:600;color:var(--al-strong)}
.article-lens .al-block{margin:.55rem 0}
.article-lens h1.al-block{font-size:1.6rem;line-height:1.25;margin:.8rem 0}
.article-lens h2.al-block{font-size:1.2rem;line-height:1.3;margin:1.2rem 0 .4rem}
.article-lens .al-block[data-kind=boilerplate]{color:#6e7781;text-decoration:line-through;text-decoration-color:#6e7781;font-size:.9rem;cursor:help}
.article-lens .al-block[data-kind=boilerplate]::before{content:attr(data-reason);display:inline-block;text-decoration:none;font-size:.7rem;text-transform:uppercase;letter-spacing:.04em;border:1px solid #d0d7de;border-radius:3px;padding:0 .3rem;margin-right:.4rem;color:#57606a;background:#f6f8fa}
.article-lens .al-quote{background:var(--al-tint);box-shadow:inset 0 -2px 0 var(--al-strong);border-radius:2px;padding:0 1px}
.article-lens .al-quote .al-quote{background:#fff;box-shadow:inset 0 -1px 0 var(--al-strong)}
.article-lens .al-speaker{font-weight:650;color:var(--al-strong);border-bottom:2px solid var(--al-strong)}
.article-lens .al-mention{color:var(--al-strong);border-bottom:1px dashed var(--al-strong)}
.article-lens .al-cue{font-style:italic;text-decoration:underline dotted var(--al-strong);text-decoration-thickness:2px;text-underline-offset:3px}
.article-lens .al-reported{text-decoration:underline wavy var(--al-strong);text-decoration-thickness:1px;text-underline-offset:4px}
.article-lens .al-fragment{background:#fff3a3;color:inherit;outline:1px dashed #a16207;border-radius:2px;padding:0 1px}
.article-lens .al-fragment::after{content:attr(data-lang);display:inline-block;font-size:.65rem;font-weight:700;vertical-align:super;line-height:1;margin-left:2px;padding:1px 3px;border-radius:3px;background:#a16207;color:#fff}
.article-lens .al-terms{margin-top:1.5rem;border-top:1px solid #d0d7de;padding-top:.5rem}
.article-lens .al-terms h2{font-size:1.05rem;margin:.4rem 0}
.article-lens .al-terms svg{display:block;max-width:100%;height:auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.article-lens .al-empty{color:#57606a;font-style:italic}
`
  .trim()
  .replace(/\n/g, '');
