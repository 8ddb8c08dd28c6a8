//! The page's one inline style and one inline script, fixed text so the Content-Security-Policy
//! can allow exactly them by hash. Nothing per ticket goes in here: the script reads its URL from
//! `<body data-u>` and its phase from `<body data-p>`.

/// The style: logical properties only, so `dir=rtl` mirrors it; system fonts; contrast ≥ 4.5:1;
/// 44 px targets; motion only without `prefers-reduced-motion`. The call flashes by swapping
/// its colours in steps, never through a blend, so it is readable at every moment.
pub const STYLE: &str = "\
*{box-sizing:border-box}\
html{font:1.125rem/1.5 system-ui,sans-serif;color:#0b0c0c;background:#fff;-webkit-text-size-adjust:100%}\
body{margin:0}\
main{max-width:40rem;margin-inline:auto;padding:1rem}\
h1{margin:0 0 .5rem;font-size:1rem;font-weight:400}\
.n{display:block;font-size:4rem;font-weight:700;line-height:1.1;overflow-wrap:anywhere}\
.s{font-size:1.5rem;font-weight:700;margin:0 0 1rem}\
.c{background:#0b0c0c;color:#fd0;font-size:2rem;font-weight:700;line-height:1.25;padding:1rem;margin:0 0 1rem;border-inline-start:.75rem solid #fd0}\
.p-called .c{animation:f 1s step-end 3}\
@keyframes f{50%{background:#fd0;color:#0b0c0c}}\
#m{font-size:1.5rem;margin:0 0 .25rem}\
#w{margin:0}\
.c:empty,#m:empty,#w:empty,#x:empty{display:none}\
ul{list-style:none;padding:0;margin:1rem 0}\
li{padding-block:.25rem;border-block-start:1px solid #505a5f}\
#x{border-inline-start:.5rem solid #d4351c;padding-block:.5rem;padding-inline:.75rem;background:#f3f2f1}\
form{margin-block:1.5rem}\
#h{margin:0 0 .5rem}\
button{font:inherit;font-weight:700;min-height:3rem;min-width:44px;padding:.5rem 1.25rem;color:#fff;background:#00703c;border:0;border-radius:.25rem;box-shadow:0 2px 0 #002d18}\
:focus-visible{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}\
[hidden]{display:none!important}\
@media (prefers-reduced-motion:reduce){*{animation:none!important}}";

/// The script: live updates over `EventSource`, polling `…/status` every 20 s when that is
/// missing or has failed 3 times, "I need more time" by `fetch`, and on a call a vibration, the
/// title and an assertive announcement. Texts go in with `textContent` only.
pub const SCRIPT: &str = r#"(function(){
var d=document,b=d.body,u=b.getAttribute('data-u'),ph=b.getAttribute('data-p'),rc=-1,fails=0,timer=0,es;
function $(i){return d.getElementById(i)}
function put(i,s){var e=$(i);if(e.textContent!==s)e.textContent=s}
function draw(j){
var was=ph,c=$('c');ph=j.phase;b.className='p-'+ph;b.setAttribute('data-p',ph);d.title=j.title;
put('m',j.main);put('w',j.sub);put('x',j.stale);
var l=$('t');l.textContent='';j.then.forEach(function(s){var e=d.createElement('li');e.textContent=s;l.appendChild(e)});
$('f').hidden=j.more!=='offered';put('h',j.more_hint);$('g').hidden=j.more!=='used';
if(ph==='called'&&(was!=='called'||j.recalls!==rc)){
c.textContent='';setTimeout(function(){c.textContent=j.called},50);
if(navigator.vibrate)navigator.vibrate([400,150,400]);
}else put('c',j.called);
rc=j.recalls;
}
function poll(){fetch(u+'/status',{headers:{Accept:'application/json'},cache:'no-store'}).then(function(r){return r.ok?r.json():null}).then(function(j){if(j)draw(j)},function(){})}
function fallback(){if(!timer){poll();timer=setInterval(poll,20000)}}
function listen(){
es=new EventSource(u+'/events');
es.addEventListener('status',function(e){draw(JSON.parse(e.data))});
es.onopen=function(){fails=0};
es.onerror=function(){if(++fails>=3){es.close();fallback()}else if(es.readyState===2)setTimeout(listen,2000)};
}
if(window.EventSource)listen();else fallback();
var f=$('f');
if(window.fetch)f.addEventListener('submit',function(e){e.preventDefault();
fetch(f.action,{method:'POST',headers:{Accept:'application/json'}}).then(function(r){if(!r.ok)throw 0;return r.json()}).then(draw,function(){f.submit()})});
if(ph==='called')rc=+b.getAttribute('data-r');
})();"#;
