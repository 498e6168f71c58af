/* Sets <html lang dir> before first paint, from the URL, then the saved choice, then the browser.
   Kept in step with src/shared/languages.ts by src/app/language/boot-script.test.ts. */
(function () {
  var CODES = ['en', 'ar', 'fa', 'prs', 'ps', 'ckb', 'kmr', 'ur', 'ti', 'am', 'sq', 'fr', 'vi', 'so', 'om', 'bn', 'pa', 'hi', 'zh-Hans', 'es', 'tr'];
  var RTL = ['ar', 'fa', 'prs', 'ps', 'ckb', 'ur'];
  var TAG = { en: 'en-GB', prs: 'fa-AF', kmr: 'ku-Latn', pa: 'pa-Guru' };
  var lang = location.pathname.split('/')[1];
  if (CODES.indexOf(lang) < 0) {
    try {
      lang = localStorage.getItem('waymark.lang');
    } catch (_e) {
      lang = null;
    }
  }
  if (CODES.indexOf(lang) < 0) return;
  var html = document.documentElement;
  html.lang = TAG[lang] || lang;
  html.dir = RTL.indexOf(lang) < 0 ? 'ltr' : 'rtl';
})();
