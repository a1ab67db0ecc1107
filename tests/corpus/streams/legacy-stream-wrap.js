// Old-style streams: Readable.prototype.wrap() and the legacy Stream.prototype.pipe().
const {Readable,Stream}=require('stream');
const old=new Stream(); old.readable=true; old.pause=()=>console.log('old pause'); old.resume=()=>console.log('old resume');
const r=new Readable({highWaterMark:2}).wrap(old);
r.on('data',d=>console.log('data',String(d)));
r.on('end',()=>console.log('end'));
old.emit('data',Buffer.from('abc')); old.emit('data',Buffer.from('de'));
setImmediate(()=>{old.emit('end')});
const legacySrc=new Stream(); legacySrc.readable=true;
const {Writable}=require('stream');
const w=new Writable({write(c,e,cb){console.log('w',String(c));cb()}});
legacySrc.pipe(w); legacySrc.emit('data','xyz'); legacySrc.emit('end');
w.on('finish',()=>console.log('w finish'));
