/** The workspace's one stylesheet, served as /assets/app.css (the CSP allows no inline styles). */
export const APP_CSS = `
:root { --ink: #1b1f24; --muted: #4a5360; --line: #c9d0d8; --bg: #f6f7f9; --accent: #0b4f8a; --warn: #8a3b00; --ok: #1d6b2f; --mark: #ffe9a8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; color: var(--ink); background: var(--bg); }
header { display: flex; gap: 1.5rem; align-items: center; padding: .5rem 1rem; background: #fff; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
header .brand { font-weight: 700; color: var(--accent); text-decoration: none; }
header nav { display: flex; gap: 1rem; flex-wrap: wrap; }
header nav a { color: var(--ink); }
header nav a[aria-current="page"] { font-weight: 700; color: var(--accent); }
header .who { margin-left: auto; display: flex; gap: .5rem; align-items: center; }
main { padding: 1rem 1.5rem 3rem; max-width: 1200px; }
h1 { font-size: 1.5rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
a { color: var(--accent); }
table { border-collapse: collapse; background: #fff; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 1rem; }
.grid .wide { grid-column: 1 / -1; overflow-x: auto; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
.card:focus-within, .card.current { outline: 3px solid var(--accent); outline-offset: 1px; }
.figure svg { display: block; max-width: 100%; height: auto; font-size: 12px; }
.figure svg text, .figure svg tspan { white-space: pre; }
.figure details { margin-top: .25rem; }
.muted { color: var(--muted); }
.warn { color: var(--warn); font-weight: 600; }
.ok { color: var(--ok); font-weight: 600; }
.flash { background: #e7f2ff; border: 1px solid #9cc3ea; padding: .5rem .75rem; border-radius: 4px; }
mark { background: var(--mark); color: inherit; }
.snippet { font-family: ui-monospace, monospace; font-size: 13px; background: #f1f3f5; padding: .15rem .3rem; display: block; white-space: pre-wrap; overflow-wrap: anywhere; }
.reasons { padding-left: 1.1rem; margin: .25rem 0; }
.reasons li { margin-bottom: .35rem; }
.safe-view { max-width: 100%; max-height: 320px; border: 1px solid var(--line); display: block; }
.actions { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; margin-top: .5rem; }
.actions form { display: inline-flex; gap: .35rem; align-items: center; }
button { font: inherit; padding: .2rem .7rem; border: 1px solid var(--accent); background: #fff; color: var(--accent); border-radius: 4px; cursor: pointer; }
button.primary { background: var(--accent); color: #fff; }
input, select { font: inherit; padding: .15rem .3rem; }
.filters { display: flex; gap: .75rem; flex-wrap: wrap; align-items: end; background: #fff; border: 1px solid var(--line); padding: .5rem .75rem; border-radius: 6px; }
.filters label { display: flex; flex-direction: column; font-size: 13px; }
button.primary kbd { color: var(--ink); }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 .3rem; font-size: 12px; background: #fff; }
#graph { height: 560px; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
