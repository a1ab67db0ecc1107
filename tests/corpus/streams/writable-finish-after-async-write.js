// 'finish' comes one tick after the last write completes, also from an async completion.
const {Writable}=require('stream');
const w=new Writable({write(c,e,cb){ setImmediate(()=>{cb(); console.log('sync after cb');}); }});
w.on('prefinish',()=>console.log('prefinish')); w.on('finish',()=>console.log('finish'));
w.write('x'); w.end();
const w2=new Writable({write(c,e,cb){ setImmediate(()=>{cb(); console.log('w2 sync after cb');}); }, final(cb){console.log('w2 final'); cb();}});
w2.on('prefinish',()=>console.log('w2 prefinish')); w2.on('finish',()=>console.log('w2 finish'));
w2.write('x'); w2.end();
