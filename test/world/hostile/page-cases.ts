import { page } from '../fixture.js';
import { afterLoad, js, scripted, scriptPage, sendHtml, type HelperRoute, type HostileRoute } from './hostile-case.js';

const FRAME_DEPTH = 20;

export const pageCases: HostileRoute[] = [
  scripted('million-elements', '/dom/million', 'renderer', 'script builds a DOM of one million elements after load', [], () =>
    scriptPage('A large document', 'This page grows to a million elements.', afterLoad(`const f=document.createDocumentFragment();for(let i=0;i<1e6;i++){const s=document.createElement('span');s.textContent=i%50?'.':' ';f.append(s)}document.body.append(f);`)),
  ),
  scripted('renderer-hang', '/dom/hang', 'renderer', 'while(true){} shortly after load: the renderer stops answering', [], () =>
    scriptPage('Busy page', 'This page keeps its renderer busy after loading.', afterLoad('while(true){}')),
  ),
  scripted('renderer-hang-early', '/dom/hang-early', 'renderer', 'for(;;){} while the document is still being parsed: load never fires', [], () =>
    page('Busy while parsing', '<h1>Busy while parsing</h1><script>for(;;){}</script><p>Never parsed.</p>'),
  ),
  scripted('alert-loop', '/dialog/alert', 'dialog', 'for(;;) alert(1) as the document parses', [], () => scriptPage('Alerts', 'This page shows one alert after another.', 'for(;;) alert(1);')),
  scripted('confirm-loop', '/dialog/confirm', 'dialog', 'for(;;) confirm(…) as the document parses', [], () => scriptPage('Confirmations', 'This page asks again and again.', 'for(;;) confirm("Continue?");')),
  scripted('prompt-loop', '/dialog/prompt', 'dialog', 'for(;;) prompt(…) as the document parses', [], () => scriptPage('Prompts', 'This page keeps asking for input.', 'for(;;) prompt("Your name?");')),
  scripted('beforeunload', '/dialog/beforeunload', 'dialog', 'a beforeunload handler that asks to stay (blocks closing the page when honoured)', [], () =>
    scriptPage('Stay here', 'This page asks to stay when closed.', `addEventListener('beforeunload',(e)=>{e.preventDefault();e.returnValue='stay';});onbeforeunload=()=>'stay';`),
  ),
  scripted('print-dialog', '/dialog/print', 'dialog', 'window.print() on load and every 500 ms', [], () => scriptPage('Printing', 'This page asks to be printed.', afterLoad('print();setInterval(()=>print(),500);'))),

  scripted('window-open', '/popup/window-open', 'popup', 'window.open() of a page on hostile.test (its first request is recorded as popup)', ['popup'], (ctx) =>
    scriptPage('Opener', 'This page opens a window.', afterLoad(`window.open(${js(ctx.self('/popup/target/window-open'))},'_blank');`)),
  ),
  scripted('window-open-internal', '/popup/window-open-internal', 'popup', 'window.open() of an internal URL', ['internal'], (ctx) =>
    scriptPage('Opener', 'This page opens an internal window.', afterLoad(`window.open(${js(ctx.internal.http)},'_blank');`)),
  ),
  scripted('click-target-blank', '/popup/click-blank', 'popup', 'script clicks an <a target=_blank> to hostile.test (recorded as popup)', ['popup'], (ctx) =>
    scriptPage('Link opener', 'This page clicks its own link.', afterLoad(`document.getElementById('a').click();`), `<a id="a" target="_blank" href="${ctx.self('/popup/target/click-blank')}">more</a>`),
  ),
  scripted('click-target-blank-noopener', '/popup/click-noopener', 'popup', 'the same with rel=noopener (the popup gets no opener; a guard hooked on window.open misses it)', ['popup'], (ctx) =>
    scriptPage('Link opener', 'This page clicks its own link.', afterLoad(`document.getElementById('a').click();`), `<a id="a" target="_blank" rel="noopener noreferrer" href="${ctx.self('/popup/target/click-noopener')}">more</a>`),
  ),

  scripted('navigate-file', '/nav/file', 'navigation', 'location = file:///etc/passwd (browser side only: an artifact containing "root:" shows it was followed)', [], () =>
    scriptPage('Local file', 'This page navigates to a local file.', afterLoad(`location.href='file:///etc/passwd';`)),
  ),
  scripted('navigate-data-url', '/nav/data', 'navigation', 'location = data:text/html,… whose document loads a beacon (recorded as navigation; Chromium itself refuses top-level data: navigations started by a page, so expect nothing there)', [], (ctx) => {
    const html = `<h1>Data page</h1><img src="${ctx.self('/escape/data-url')}" alt="">`;
    return scriptPage('Data URL', 'This page navigates to a data URL.', afterLoad(`location.href='data:text/html,'+encodeURIComponent(${js(html)});`));
  }),
  scripted('navigate-blob-url', '/nav/blob', 'navigation', 'location = blob: URL of a document that loads a beacon (recorded as navigation)', ['navigation'], (ctx) => {
    const html = `<h1>Blob page</h1><img src="${ctx.self('/escape/blob-url')}" alt="">`;
    return scriptPage('Blob URL', 'This page navigates to a blob URL.', afterLoad(`location.href=URL.createObjectURL(new Blob([${js(html)}],{type:'text/html'}));`));
  }),
  scripted('script-location-internal', '/script/location', 'navigation', 'location = <internal URL> from an inline script', ['internal'], (ctx) =>
    scriptPage('Moving', 'This page moves itself.', `location=${js(ctx.internal.http)};`),
  ),
  scripted('script-location-replace-timer', '/script/location-replace', 'navigation', 'location.replace(<internal URL>) 300 ms after load', ['internal'], (ctx) =>
    scriptPage('Moving later', 'This page moves itself after a moment.', `addEventListener('load',()=>setTimeout(()=>location.replace(${js(ctx.internal.http)}),300));`),
  ),

  scripted('iframe-deep', '/frame/deep', 'frame', `${FRAME_DEPTH} nested iframes (/frame/deep/1 … /frame/deep/${FRAME_DEPTH})`, [], (ctx) =>
    page('Nested frames', `<h1>Nested frames</h1><iframe src="${ctx.self('/frame/deep/1')}" width="600" height="400"></iframe>`),
  ),
  scripted('iframe-internal', '/frame/internal', 'frame', 'an iframe whose src is internal', ['internal'], (ctx) =>
    page('Framed', `<h1>Framed</h1><p>This page frames an internal page.</p><iframe src="${ctx.internal.http}" width="600" height="300"></iframe>`),
  ),
];

export const pageHelpers: HelperRoute[] = [
  {
    pattern: /^\/popup\/target\/([\w-]+)$/,
    serve(ctx) {
      ctx.log.record({ kind: 'popup', host: ctx.host, path: ctx.path });
      sendHtml(ctx, page('Opened window', '<h1>Opened window</h1><p>A page opened this window.</p>'));
    },
  },
  {
    pattern: /^\/escape\/([\w-]+)$/,
    serve(ctx) {
      ctx.log.record({ kind: 'navigation', host: ctx.host, path: ctx.path });
      ctx.res.writeHead(204, { 'cache-control': 'no-store' }).end();
    },
  },
  {
    pattern: /^\/frame\/deep\/(\d+)$/,
    serve(ctx, m) {
      const depth = Number(m[1]);
      const inner = depth < FRAME_DEPTH ? `<iframe src="${ctx.self(`/frame/deep/${depth + 1}`)}" width="95%" height="300"></iframe>` : '<p>Innermost frame.</p>';
      sendHtml(ctx, page(`Frame ${depth}`, `<p>Frame ${depth}</p>${inner}`));
    },
  },
];
