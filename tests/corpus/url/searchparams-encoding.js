// application/x-www-form-urlencoded: what gets escaped and how + and %xx decode.
const p = new URLSearchParams();
p.append('q', 'a b&c=d/e?f#g');
p.append('sym', "*-._~!'()");
p.append('uni', 'caf\u00e9 \u2713 \u{1F600}');
console.log(p.toString());
const d = new URLSearchParams('x=a+b%20c&y=%E2%9C%93&z=%zz&w=100%&=empty&novalue&&');
for (const [k, v] of d) console.log(JSON.stringify(k), JSON.stringify(v));
