// Temporal dead zone, const assignment, classes without new, and other engine messages.
try { console.log(early); } catch (e) { console.log(e.name + ': ' + e.message); }
let early = 1;
function readLater() { return later; }
try { readLater(); } catch (e) { console.log(e.name + ': ' + e.message); }
let later = 2;
try { const c = 1; c = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
try { missingName; } catch (e) { console.log(e.name + ': ' + e.message); }
class Animal {}
try { Animal(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [].reduceRight((a, b) => a + b); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Array(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'ab'.repeat(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 1n + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { `${Symbol('s')}`; } catch (e) { console.log(e.name + ': ' + e.message); }
