/* assets.c: the one stylesheet and the little JavaScript, served from memory
 *
 * Colours: text #1a1a1a on #ffffff (17:1), links #0b4f9c (8.2:1), muted
 * #555 (7.4:1), marks #fff3b0 behind #1a1a1a: every pair above 4.5:1
 * (WCAG 2.1 §1.4.3).  The script only enhances: pages work without it.
 */
#include "web-int.h"

static const char css[] =
	":root{--fg:#1a1a1a;--bg:#fff;--link:#0b4f9c;--muted:#555;--line:#d0d4da;--mark:#fff3b0;--ent:#e6f0ff}\n"
	"*{box-sizing:border-box}\n"
	"body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:var(--fg);background:var(--bg)}\n"
	"a{color:var(--link)}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f5a623;outline-offset:2px}\n"
	".skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}\n"
	".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}\n"
	"header{border-bottom:1px solid var(--line);background:#f6f8fa}\n"
	"header nav{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;max-width:72rem;margin:0 auto;padding:.5rem 1rem}\n"
	"header ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}\n"
	".brand{font-weight:700;text-decoration:none;font-size:1.2rem}\n"
	"[aria-current=page]{font-weight:700;text-decoration:none}\n"
	".qsearch{margin-left:auto;display:flex;gap:.25rem}\n"
	"main{max-width:72rem;margin:0 auto;padding:1rem}\n"
	"footer{max-width:72rem;margin:2rem auto;padding:1rem;color:var(--muted);border-top:1px solid var(--line)}\n"
	"h1{font-size:1.6rem;line-height:1.25;overflow-wrap:anywhere}td{overflow-wrap:break-word}h2{font-size:1.25rem;margin-top:1.5rem}\n"
	".muted{color:var(--muted)}.error{color:#a00000}\n"
	".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem;padding:0;list-style:none}\n"
	".cards li{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem}.cards strong{display:block;font-size:1.5rem}\n"
	"table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}\n"
	".scroll{overflow-x:auto}\n"
	".layout{display:grid;grid-template-columns:16rem 1fr;gap:1.5rem}.layout>*{min-width:0}\n"
	"@media (max-width:48rem){.layout{grid-template-columns:1fr}.qsearch{margin-left:0}}\n"
	".facets fieldset{border:1px solid var(--line);border-radius:6px;margin:0 0 .75rem;padding:.5rem}\n"
	".facets ul{list-style:none;margin:0;padding:0}.facets li{display:flex;justify-content:space-between;gap:.5rem}\n"
	".facets .on{font-weight:700}\n"
	".clause{display:grid;grid-template-columns:minmax(0,1fr) 18rem;gap:1rem;border-top:1px solid var(--line);padding:.5rem 0}\n"
	"@media (max-width:48rem){.clause{grid-template-columns:1fr}}\n"
	".clause:target{background:#f0f7ff}\n"
	".attrs{font-size:.9rem;background:#f6f8fa;border-radius:6px;padding:.5rem}.attrs dt{font-weight:700}.attrs dd{margin:0 0 .35rem}\n"
	"mark{background:var(--mark);color:var(--fg)}mark:target{outline:3px solid #f5a623}\n"
	"a.ent{background:var(--ent);text-decoration:none;border-bottom:1px solid var(--link)}\n"
	".outline{font-size:.95rem}.outline ol{padding-left:1.2rem}\n"
	".snippet b{background:var(--mark)}\n"
	".pager{display:flex;gap:1rem;margin:1rem 0}\n"
	"form.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0}\n"
	"input,select,button,textarea{font:inherit;padding:.3rem .5rem}\n"
	".who{margin:0;display:flex;gap:.5rem;align-items:center}.who form{display:inline;margin:0}\n"
	".langs{list-style:none;margin:0;padding:0;display:flex;gap:.5rem;font-size:.9em}"
	".langs a[aria-current]{font-weight:bold;text-decoration:none;color:inherit}\n"
	"blockquote.clause-text{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid var(--line);background:#f6f8fa}\n"
	".pair{border-top:1px solid var(--line);margin-top:1rem}.pair h3{font-size:1.05rem}\n"
	".score{font-size:.95rem;padding:.1rem .5rem;border-radius:4px;background:#eee}\n"
	".score.s0{background:#f8d0cc}.score.s1{background:#fdf0b8}.score.s2{background:#cdebd3}\n"
	".assess form{max-width:40rem}.assess textarea,.assess input[type=text],.assess input[type=url]{width:100%}\n"
	"figure.heat{margin:1rem 0;overflow-x:auto}table.figures{margin:1rem 0}table.figures caption{text-align:left;font-weight:700}\n"
	"table.figures td.avg,table.figures td.pct{font-variant-numeric:tabular-nums}\n"
	"svg{max-width:100%;height:auto}\n";

static const char js[] =
	"/* app.js: enhancements only; every page works without it */\n"
	"document.addEventListener('click', function (e) {\n"
	"  var a = e.target.closest && e.target.closest('a.why');\n"
	"  if (!a) return;\n"
	"  var t = document.getElementById(a.getAttribute('href').slice(1));\n"
	"  if (t) { t.scrollIntoView({block: 'center'}); t.setAttribute('tabindex', '-1'); t.focus(); }\n"
	"});\n";

int asset_css(struct http_req *req, struct http_resp *resp)
{
	resp->type = "text/css; charset=utf-8";
	buf_put(&resp->body, (Str){ css, (ptrdiff_t)sizeof css - 1 });
	return 0;
}

int asset_js(struct http_req *req, struct http_resp *resp)
{
	resp->type = "text/javascript; charset=utf-8";
	buf_put(&resp->body, (Str){ js, (ptrdiff_t)sizeof js - 1 });
	return 0;
}
