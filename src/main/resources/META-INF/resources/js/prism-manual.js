// Prism highlights only what common.js asks it to. A file of its own, not an inline script: the pages'
// Content-Security-Policy allows no inline scripts. Loaded before Prism's own (deferred) scripts.
window.Prism = window.Prism || {};
window.Prism.manual = true;
