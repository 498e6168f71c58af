(function (d) {
  // "/" asks a first visit for its language; a phone that chose one goes straight on, before "/" is ever painted.
  if (location.pathname === '/') {
    try {
      var lang = localStorage.getItem('waymark.lang');
      var area = localStorage.getItem('waymark.area');
      if (/^[a-z]{2,3}(-[A-Za-z]{4})?$/.test(lang || '')) {
        location.replace('/' + lang + '/' + (/^[a-z][a-z-]{0,30}$/.test(area || '') ? area + '/' : ''));
        return;
      }
    } catch (_e) {
      // No storage: nothing was chosen on this phone.
    }
  }
  function keep(k) {
    try {
      localStorage.setItem(k, '1');
      return true;
    } catch (_e) {
      return false;
    }
  }
  d.addEventListener(
    'click',
    function (e) {
      var a = e.target.closest && e.target.closest('.quick-exit-button');
      if (!a || d.documentElement.hasAttribute('data-hydrated')) return;
      e.preventDefault();
      d.body.innerHTML = '';
      d.title = '';
      if (keep('waymark.fold')) keep('waymark.exit');
      location.replace(navigator.onLine ? a.href : 'about:blank');
    },
    true,
  );
  var m = d.querySelector('meta[name=waymark-scripts]');
  if (!m) return;
  var started = false;
  function go() {
    if (started) return;
    started = true;
    var w = m.getAttribute('data-manifest');
    if (w) {
      var l = d.createElement('link');
      l.rel = 'manifest';
      l.href = w;
      d.head.appendChild(l);
    }
    m.content.split(' ').forEach(function (u, i) {
      var e = d.createElement(i ? 'link' : 'script');
      if (i) {
        e.rel = 'modulepreload';
        e.href = u;
      } else {
        e.type = 'module';
        e.src = u;
      }
      e.crossOrigin = '';
      d.head.appendChild(e);
    });
  }
  try {
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length) setTimeout(go);
    }).observe({ type: 'paint', buffered: true });
  } catch (_e) {
    requestAnimationFrame(function () {
      setTimeout(go);
    });
  }
})(document);
