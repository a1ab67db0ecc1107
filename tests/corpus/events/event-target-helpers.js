// events.once / getEventListeners on an EventTarget.
const EE=require('events');
const t=new EventTarget();
const f=()=>{}; t.addEventListener('a',f); t.addEventListener('a',{handleEvent(){}});
console.log(EE.getEventListeners(t,'a').length, EE.getEventListeners(t,'b').length);
(async()=>{ setImmediate(()=>t.dispatchEvent(new Event('go'))); const [ev]=await EE.once(t,'go'); console.log('once on EventTarget', ev.type, EE.getEventListeners(t,'go').length);
 const ac=new AbortController(); setImmediate(()=>ac.abort('r')); try{ await EE.once(t,'never',{signal:ac.signal}) }catch(e){console.log('abort', e.name, e.cause)} })();
