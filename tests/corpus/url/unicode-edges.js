// Lone surrogates, symbol and inherited keys, invalid UTF-8 in percent-escapes, setters on file: and opaque URLs.
console.log(new URL('http://h/\uD800x?\uDC00#\uD83D').href);
console.log(new URLSearchParams({ ['\uD800']: '\uDFFF' }).toString());
try { console.log(new URLSearchParams({ [Symbol('s')]: 1, a: 2 }).toString()); } catch (e) { console.log(e.name, e.message); }
const o = Object.create({ inherited: 1 }); o.own = 2; Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
console.log(new URLSearchParams(o).toString());
console.log(new URLSearchParams(new URLSearchParams('x=1').entries()).toString());
console.log(new URLSearchParams('a=%F0%9F%98%80&b=%C3&c=%ED%A0%80').toString(), [...new URLSearchParams('b=%C3&c=%ED%A0%80').values()]);
try { new URLSearchParams({ [Symbol.iterator]: 5 }); } catch (e) { console.log(e.code, e.message); }
console.log(require('url').domainToASCII('EXAMPLE.com'), JSON.stringify(require('url').domainToASCII('a b')), require('url').domainToUnicode('xn--r8jz45g.xn--zckzah'));
const u = new URL('http://h/'); u.pathname = '/a?b#c%'; console.log(u.href);
u.hash = '#x#y'; u.search = '??q'; console.log(u.href);
const f = new URL('file:///x'); f.host = 'localhost'; console.log(f.href); f.host = 'srv'; console.log(f.href); f.port = '8'; console.log(f.href); f.username = 'u'; console.log(f.href);
const m = new URL('mailto:a@b'); m.pathname = 'x'; m.host = 'h'; m.hash = 'h'; m.search = 'q'; console.log(m.href);
const seqs = ['%C3', '%C3%28', '%E2%82', '%E2%82%28', '%F0%9F%98', '%F0%9F', '%F4%90%80%80', '%ED%A0%80', '%ED%9F%BF', '%E0%80%80', '%E0%A0%80', '%C0%80', '%F5', '%FF%FE', '%80', '%BF%BF', '%F0%90%80%80', '%F0%8F%BF%BF', '%EF%BF%BD', 'x%E2%82%ACy', '%F0%9F%98%80%F0'];
for (const s of seqs) console.log(s, JSON.stringify(new URLSearchParams('k=' + s).get('k')), new URLSearchParams('k=' + s).toString());
