/**
 * Hostile job descriptions for the sanitizer tests. Every payload that could
 * run code does `__xss++` (or calls `alert`, which the tests stub to count),
 * in this window or its parent, so running one is visible as a count.
 * Grouped by idea; the names say what each one tries.
 */
export interface Payload {
  readonly name: string;
  readonly html: string;
}

const p = (name: string, html: string): Payload => ({ name, html });

export const XSS_CORPUS: readonly Payload[] = [
  // script elements
  p('script tag', '<script>__xss++</script>'),
  p('script, upper case, data: src', '<SCRIPT SRC=data:text/javascript,__xss++></SCRIPT>'),
  p('module script', '<script type="module">__xss++</script>'),
  p('split script tag', '<scr<script>ipt>__xss++</scr</script>ipt>'),
  p('script inside a paragraph', '<p>Intro<script>alert(1)</script> outro</p>'),
  p('unclosed script', '<p>text</p><script>__xss++'),

  // event handlers on every kind of element
  p('img onerror', '<img src=x onerror=__xss++>'),
  p('img eval(src)', '<img src=x:alert(alt) onerror=eval(src) alt=0>'),
  p('img javascript: src', '<IMG SRC="javascript:__xss++">'),
  p('img handler with entities', '<img src="x" onerror="&#95;&#95;xss&#43;&#43;">'),
  p('img srcset onerror', '<img srcset="x 1x" onerror=__xss++>'),
  p('unclosed img', '<p>before</p><img src=x onerror=__xss++'),
  p('svg onload', '<svg onload=__xss++>'),
  p('svg script', '<svg><script>__xss++</script></svg>'),
  p('body onload', '<body onload=__xss++>text</body>'),
  p('frameset onload', '<frameset onload=__xss++>'),
  p('details ontoggle', '<details open ontoggle=__xss++><summary>s</summary>x</details>'),
  p('video onerror', '<video src=x onerror=__xss++></video>'),
  p('audio onerror', '<audio src=x onerror=__xss++></audio>'),
  p('source onerror in video', '<video><source src=x onerror=__xss++></video>'),
  p('picture source', '<picture><source srcset=x onerror=__xss++><img src=x onerror=__xss++></picture>'),
  p('marquee onstart', '<marquee onstart=__xss++>scrolling</marquee>'),
  p('input autofocus onfocus', '<input autofocus onfocus=__xss++>'),
  p('select autofocus onfocus', '<select autofocus onfocus=__xss++><option>o</option></select>'),
  p('textarea autofocus onfocus', '<textarea autofocus onfocus=__xss++></textarea>'),
  p('keygen autofocus', '<keygen autofocus onfocus=__xss++>'),
  p('allowed p with onmouseover', '<p onmouseover=__xss++>hover</p>'),
  p('allowed div with onclick', '<div onclick="__xss++">click</div>'),
  p('allowed heading with onclick', '<h1 onclick=__xss++>Title</h1>'),
  p('button onclick', '<button onclick=__xss++>b</button>'),
  p('custom element with handler', '<x-widget onclick=__xss++>custom</x-widget>'),
  p('unknown element with handler', '<x onclick=__xss++>x</x>'),
  p('handler after quotes confusion', '<img """><script>__xss++</script>">'),
  p('lang and dir kept, handler not', '<div dir="rtl" lang="ar" onclick="__xss++">مرحبا</div>'),

  // javascript: and friends in links
  p('javascript: href', '<a href="javascript:__xss++">x</a>'),
  p('tab entity inside scheme', '<a href="jav&#x09;ascript:__xss++">x</a>'),
  p('&Tab; inside scheme', '<a href="ja&Tab;vascript:__xss++">x</a>'),
  p('decimal entity for j', '<a href="&#106;avascript:__xss++">x</a>'),
  p('all hex entities', '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__xss++">x</a>'),
  p('padded decimal colon', '<a href="javascript&#0000058__xss++">x</a>'),
  p('&colon;', '<a href="jAvAsCrIpT&colon;__xss++">x</a>'),
  p('leading space, mixed case', '<a href=" JaVaScRiPt:__xss++">x</a>'),
  p('leading entity space', '<a href="&#x20;javascript:__xss++">x</a>'),
  p('raw tab inside scheme', '<a href="java\tscript:__xss++">x</a>'),
  p('raw newline inside scheme', '<a href="java\nscript:__xss++">x</a>'),
  p('NUL inside scheme', '<a href="javas\0cript:__xss++">x</a>'),
  p('control character before scheme', '<a href="\x01javascript:__xss++">x</a>'),
  p('javascript: comment then newline', '<a href="javascript://%0a__xss++">x</a>'),
  p('unclosed javascript: link', '<a href="javascript:__xss++"'),
  p('data:text/html link', '<a href="data:text/html,<script>parent.__xss++</script>">x</a>'),
  p('data: base64 link', '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MrKzwvc2NyaXB0Pg==">x</a>'),
  p('vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'),
  p('https link with onclick', '<a href="https://ok.example/" onclick="__xss++">ok</a>'),
  p('https link with target and ping', '<a href="https://ok.example/" target="_self" ping="https://evil.example/">ok</a>'),
  p('img inside an allowed link', '<a href="https://ok.example/"><img src=x onerror=__xss++></a>'),

  // frames, plugins, forms, document-level tags
  p('iframe javascript: src', '<iframe src="javascript:parent.__xss++"></iframe>'),
  p('iframe srcdoc', '<iframe srcdoc="<script>parent.__xss++</script>"></iframe>'),
  p('iframe srcdoc with escaped img', '<iframe srcdoc="&lt;img src=x onerror=parent.__xss++&gt;"></iframe>'),
  p('object javascript: data', '<object data="javascript:parent.__xss++"></object>'),
  p('object data: html', '<object data="data:text/html,<script>parent.__xss++</script>"></object>'),
  p('embed javascript:', '<embed src="javascript:parent.__xss++">'),
  p('embed svg data:', '<embed src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22parent.__xss++%22/>">'),
  p('form action', '<form action="javascript:__xss++"><button>go</button></form>'),
  p('button formaction', '<form><button formaction="javascript:__xss++">go</button></form>'),
  p('input formaction', '<form><input type=submit formaction=javascript:__xss++ value=go></form>'),
  p('isindex', '<isindex action=javascript:__xss++ type=submit>'),
  p('meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:__xss++">'),
  p('base href', '<base href="javascript:__xss++//"><a href="/apply">relative</a>'),
  p('link stylesheet', '<link rel=stylesheet href="javascript:__xss++">'),
  p('table background', '<table background="javascript:__xss++"><tr><td background="javascript:__xss++">c</td></tr></table>'),

  // styles
  p('style @import', '<style>@import "javascript:__xss++";</style><p>x</p>'),
  p('style url()', '<style>*{background:url("javascript:__xss++")}</style>'),
  p('style attribute url()', '<p style="background:url(javascript:__xss++)">x</p>'),
  p('style attribute expression()', '<div style="width: expression(__xss++)">x</div>'),

  // SVG and MathML
  p('svg use href data:', '<svg><use href="data:image/svg+xml,<svg id=%22x%22 xmlns=%22http://www.w3.org/2000/svg%22><image href=%22x%22 onerror=%22__xss++%22/></svg>#x"></use></svg>'),
  p('svg a xlink:href', '<svg><a xlink:href="javascript:__xss++"><text x=20 y=20>x</text></a></svg>'),
  p('svg animate href', '<svg><a><animate attributeName=href values=javascript:__xss++ /><text x=20 y=20>click</text></a></svg>'),
  p('svg set handler', '<svg><set attributeName=onmouseover to=__xss++ /></svg>'),
  p('svg animate onbegin', '<svg><animate onbegin=__xss++ attributeName=x dur=1s /></svg>'),
  p('svg image href', '<svg><image href="javascript:__xss++" /></svg>'),
  p('svg foreignObject iframe', '<svg><foreignObject><iframe srcdoc="<script>parent.__xss++</script>"></iframe></foreignObject></svg>'),
  p('mathml maction', '<math><maction actiontype="statusline#" xlink:href="javascript:__xss++">x</maction></math>'),
  p('mathml href', '<math href="javascript:__xss++"><mi>x</mi></math>'),

  // mutation XSS: markup that re-parses differently
  p('noscript title breakout', '<noscript><p title="</noscript><img src=x onerror=__xss++>"></noscript>'),
  p('nested noscript', '<noscript><noscript></noscript><img src=x onerror=__xss++></noscript>'),
  p('template img', '<template><img src=x onerror=__xss++></template>'),
  p('template script', '<template><script>__xss++</script></template><p>after</p>'),
  p('textarea breakout', '<textarea><img title="</textarea><img src=x onerror=__xss++>"></textarea>'),
  p('title breakout', '<title><img title="</title><img src=x onerror=__xss++>"></title>'),
  p('svg style img', '<svg><style><img src=x onerror=__xss++></style></svg>'),
  p('svg p style breakout', '<svg></p><style><a id="</style><img src=1 onerror=__xss++>">'),
  p('math mtext mglyph style', '<math><mtext><table><mglyph><style><img src=x onerror=__xss++></style></mglyph></table></mtext></math>'),
  p('form math mglyph', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss++>'),
  p('xmp', '<xmp><img src=x onerror=__xss++></xmp>'),
  p('plaintext', '<plaintext><img src=x onerror=__xss++>'),
  p('noembed', '<noembed><img title="</noembed><img src=x onerror=__xss++>"></noembed>'),

  // comments and CDATA
  p('comment hiding a script', '<!--><script>__xss++</script>-->'),
  p('bogus comment end', '<!-- --!><img src=x onerror=__xss++>-->'),
  p('CDATA in HTML', '<![CDATA[><img src=x onerror=__xss++>]]>'),
  p('CDATA in SVG', '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=__xss++>"></svg>'),
  p('conditional comment', '<!--[if gte IE 4]><script>__xss++</script><![endif]-->'),
  p('processing instruction', '<?xml-stylesheet href="javascript:__xss++"?><p>x</p>'),

  // DOM clobbering
  p('a id and name', '<a id=x name=x href="https://ok.example/">clobber</a>'),
  p('form name=body', '<form name=body><input name=innerHTML></form>'),
  p('img name=getElementById', '<img name=getElementById src=x>'),
  p('id __proto__', '<div id="__proto__">x</div>'),
];
