'use strict';
// Random stream program (readable side), deterministic for a seed: node fuzz_readable.js SEED.
// Used by streams_check.js --fuzz to compare our stream module with node's. Only nextTick,
// microtasks and setImmediate drive it (no timers), so node's own output is deterministic.
const {Readable,Writable,Transform,PassThrough,pipeline,finished}=require('stream');
const seed = +process.argv[2];
let x=seed*2654435761>>>0||1;
const rnd=()=>{x^=x<<13;x>>>=0;x^=x>>>17;x^=x<<5;x>>>=0;return x/4294967296};
const pick=(a)=>a[Math.floor(rnd()*a.length)];
const ri=(a,b)=>a+Math.floor(rnd()*(b-a+1));
const out=[];const L=(...a)=>out.push(a.map(v=>typeof v==='object'&&v!==null?JSON.stringify(v):String(v)).join(' '));
process.on('exit',()=>console.log(out.join('\n')));
const objectMode=rnd()<0.3;
const total=ri(0,12);
const later=(fn)=>{const k=pick(['sync','tick','micro','immediate','timeout']); if(k==='sync') fn(); else if(k==='tick') process.nextTick(fn); else if(k==='micro') queueMicrotask(fn); else if(k==='immediate') setImmediate(fn); else setImmediate(()=>setImmediate(fn));};
let n=0;
const rh=ri(0,3)===0?undefined:ri(0,10);
const src=new Readable({objectMode,highWaterMark:rh,read(size){L('src _read',n,this.readableLength); const push=()=>{ if(n>=total){L('src push null ->',this.push(null));return;} n++; const c=objectMode?{n}:'x'.repeat(ri(0,5)); const r=this.push(c); L('src push',n,'->',r,this.readableLength); if(rnd()<0.3&&n<total){n++; L('src push2 ->',this.push(objectMode?{n}:'yy'))} }; later(push);}});
const evs=['end','close','error','pause','resume','readable','data'];
const wev=['finish','close','error','drain','prefinish','pipe','unpipe'];
const mode=pick(['data','readable','pipe','pipeline','iter','pipe-transform']);
L('mode',mode,'objectMode',objectMode,'total',total,'hwm',rh);
for(const e of ['end','close','error','pause','resume']) src.on(e,(a)=>L('src',e,a&&a.message||''));
function mkW(name){const wh=ri(0,3)===0?undefined:ri(0,8); let i=0; const failAt=rnd()<0.2?ri(1,4):-1; const w=new Writable({objectMode,highWaterMark:wh,write(c,e,cb){i++; L(name,'_write',objectMode?c.n:c.length,this.writableLength); const f=i===failAt?new Error('wfail'):null; later(()=>cb(f));}}); for(const e of wev) w.on(e,(a)=>L(name,e,a&&a.message||'')); return w;}
if(mode==='data'){src.on('data',d=>{L('data',objectMode?d.n:d.length); if(rnd()<0.2){src.pause(); later(()=>src.resume())}});}
else if(mode==='readable'){src.on('readable',()=>{let c; L('readable',src.readableLength); const k=ri(0,3); while((c=src.read(k===0?undefined:k))!==null){L('read',objectMode?c.n:c.length); if(rnd()<0.3)break;}});}
else if(mode==='pipe'){const w=mkW('w'); src.pipe(w);}
else if(mode==='pipe-transform'){const t=new Transform({objectMode,highWaterMark:ri(1,6),transform(c,e,cb){later(()=>cb(null,c))}}); for(const e of ['end','finish','close','error']) t.on(e,(a)=>L('t',e,a&&a.message||'')); const w=mkW('w'); src.pipe(t).pipe(w);}
else if(mode==='pipeline'){const p=new PassThrough({objectMode,highWaterMark:ri(1,6)}); const w=mkW('w'); pipeline(src,p,w,(e)=>L('pipeline cb',e&&(e.code||e.message)));}
else if(mode==='iter'){(async()=>{try{for await(const c of src){L('iter',objectMode?c.n:c.length); if(rnd()<0.1){L('break');break;} if(rnd()<0.3) await new Promise(r=>later(r));}L('iter done')}catch(e){L('iter err',e.message)}})();}
if(rnd()<0.15){const when=ri(0,4); const err=rnd()<0.5?new Error('boom'):undefined; const doit=()=>{L('destroy src',!!err); src.destroy(err)}; if(when===0) later(doit); else { let k=when; const step=()=>{ if(--k<=0) doit(); else setImmediate(step)}; setImmediate(step);}}
src.on('error',()=>{});
