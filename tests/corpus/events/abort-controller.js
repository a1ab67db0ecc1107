// AbortController / AbortSignal / EventTarget basics.
const ac = new AbortController();
const { signal } = ac;
console.log('aborted', signal.aborted, 'reason', signal.reason, String(signal), String(ac));
signal.addEventListener('abort', function (ev) {
  console.log('listener 1', ev.type, ev.isTrusted, this === signal, ev.target === signal, ev instanceof Event);
});
signal.onabort = (ev) => console.log('onabort', ev.type);
signal.addEventListener('abort', () => console.log('once listener'), { once: true });
const dup = () => console.log('dup listener (added twice, runs once)');
signal.addEventListener('abort', dup);
signal.addEventListener('abort', dup);
ac.abort();
console.log('aborted', signal.aborted, signal.reason.name, signal.reason.message);
ac.abort('again');
console.log('reason unchanged', signal.reason.name);
try {
  signal.throwIfAborted();
} catch (err) {
  console.log('throwIfAborted', err.name);
}
const ac2 = new AbortController();
ac2.abort(new Error('custom reason'));
console.log('custom', ac2.signal.reason.message);
const pre = AbortSignal.abort('why');
console.log('AbortSignal.abort', pre.aborted, pre.reason);
try {
  new AbortSignal();
} catch (err) {
  console.log('constructor', err.name, err.code);
}

const t = new EventTarget();
const ev = new Event('ping', { cancelable: true });
t.addEventListener('ping', (e) => {
  console.log('ping', e.eventPhase, e.currentTarget === t);
  e.preventDefault();
});
t.addEventListener('ping', { handleEvent(e) { console.log('handleEvent object', e.type); } });
console.log('dispatch returns', t.dispatchEvent(ev), 'defaultPrevented', ev.defaultPrevented, 'phase after', ev.eventPhase);
const stopper = new EventTarget();
stopper.addEventListener('x', (e) => { console.log('first'); e.stopImmediatePropagation(); });
stopper.addEventListener('x', () => console.log('second (never)'));
stopper.dispatchEvent(new Event('x'));
const removable = () => console.log('removed (never)');
stopper.addEventListener('y', removable);
stopper.removeEventListener('y', removable);
stopper.dispatchEvent(new Event('y'));
const ac3 = new AbortController();
stopper.addEventListener('z', () => console.log('z listener until aborted'), { signal: ac3.signal });
stopper.dispatchEvent(new Event('z'));
ac3.abort();
stopper.dispatchEvent(new Event('z'));
const any = AbortSignal.any([ac3.signal, new AbortController().signal]);
console.log('any of an aborted signal', any.aborted);
