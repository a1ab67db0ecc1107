'use strict';
// Random stream program (writable side: writes, cork, end, _final, _writev, errors, destroy),
// deterministic for a seed: node fuzz_writable.js SEED. Used by streams_check.js --fuzz.
const {Readable,Writable,Transform,Duplex,PassThrough,pipeline,finished}=require('stream');
const seed = +process.argv[2];
let x=seed*2654435761>>>0||1;
const rnd=()=>{x^=x<<13;x>>>=0;x^=x>>>17;x^=x<<5;x>>>=0;return x/4294967296};
const pick=(a)=>a[Math.floor(rnd()*a.length)];
const ri=(a,b)=>a+Math.floor(rnd()*(b-a+1));
const out=[];const L=(...a)=>out.push(a.map(v=>typeof v==='object'&&v!==null?JSON.stringify(v):String(v)).join(' '));
process.on('exit',()=>console.log(out.join('\n')));
const later=(fn)=>{const k=pick(['sync','sync','tick','micro','immediate','immediate2']); if(k==='sync') fn(); else if(k==='tick') process.nextTick(fn); else if(k==='micro') queueMicrotask(fn); else if(k==='immediate') setImmediate(fn); else setImmediate(()=>setImmediate(fn));};
const objectMode=rnd()<0.4;
const kind=pick(['writable','writable','transform','duplex']);
const hwm=ri(0,3)===0?undefined:ri(0,6);
const failAt=rnd()<0.2?ri(1,6):-1;
const useWritev=rnd()<0.25;
const useFinal=rnd()<0.4;
let i=0;
const opts={objectMode,highWaterMark:hwm,decodeStrings:rnd()<0.8};
function doWrite(c,e,cb){i++; L('_write',objectMode?JSON.stringify(c):String(c),e,this.writableLength); const f=i===failAt?new Error('wfail'+i):null; later(()=>{L('cb for',i); cb(f)});}
if(useWritev) opts.writev=function(chunks,cb){i++; L('_writev',chunks.length,this.writableLength); const f=i===failAt?new Error('wfail'+i):null; later(()=>cb(f));};
if(useFinal) opts.final=function(cb){L('_final'); later(()=>{L('final cb'); cb(rnd()<0.15?new Error('ffail'):null)});};
let s;
if(kind==='writable') s=new Writable({...opts,write:doWrite});
else if(kind==='transform') s=new Transform({...opts,transform(c,e,cb){L('_transform',String(c)); later(()=>cb(null, rnd()<0.8?c:null))}, flush:rnd()<0.5?function(cb){L('_flush'); later(()=>cb(null, objectMode?{tail:1}:'tail'))}:undefined});
else s=new Duplex({...opts,allowHalfOpen:rnd()<0.7,read(){},write:doWrite});
L('kind',kind,'objectMode',objectMode,'hwm',hwm,'writev',useWritev,'final',useFinal,'failAt',failAt);
for(const e of ['finish','close','error','drain','prefinish','end']) s.on(e,(a)=>L('event',e,a&&a.message||'', 'len',s.writableLength,'needDrain',s.writableNeedDrain));
if(kind!=='writable' && rnd()<0.7) s.on('data',d=>L('data',objectMode?JSON.stringify(d):String(d)));
const nOps=ri(1,10);
let k=0;
function op(){
  if(k++>=nOps){ const r=pick(['end','endcb','endchunk','none','destroy']); L('final op',r);
    if(r==='end') s.end(); else if(r==='endcb') s.end((e)=>L('end cb',e&&e.message)); else if(r==='endchunk') s.end(objectMode?{last:1}:'last',(e)=>L('end cb',e&&e.message)); else if(r==='destroy') s.destroy(rnd()<0.5?new Error('d'):undefined);
    if(kind==='duplex'&&rnd()<0.5) later(()=>s.push(null));
    return; }
  const r=pick(['write','write','writecb','cork','uncork','write']);
  if(r==='write'||r==='writecb'){const c=objectMode?{k}:'abcdefg'.slice(0,ri(0,4)); const id=k; const ret=r==='write'?s.write(c):s.write(c,(e)=>L('write cb',id,e&&e.message)); L('write',id,'->',ret,'len',s.writableLength);}
  else if(r==='cork'){s.cork(); L('cork',s.writableCorked)} else {s.uncork(); L('uncork',s.writableCorked)}
  later(op);
}
s.on('error',()=>{});
later(op);
process.nextTick(()=>L('T1')); queueMicrotask(()=>L('M1')); setImmediate(()=>L('I1'));
