/*
 * Queue Wallboard web board: follows a hub's event stream and draws the desktop board's tiles.
 * Plain ES5 (old smart-TV browsers), no framework, no build step. Rules as on the desktop:
 * ALERT when waiting > available or an alert level is reached (the hub judges levels), WARNING,
 * STALE with age (the refresh failed, or figures older than two refresh intervals), NO DATA.
 * The viewer key comes from the URL fragment (#key=..., never sent to a server) or a cookie;
 * EventSource cannot send headers, so the key rides in the cookie on the stream.
 */
(function () {
  'use strict';

  var KEY_COOKIE = 'qw_hub_key';
  var PAGE_SECONDS = 10;
  var UNKNOWN = '\u2014';

  var QW = {
    clock: function () { return Date.now(); },
    doc: null,               // the latest snapshot document
    receivedAt: 0,           // local time it arrived
    settings: { staleAfterSeconds: 20, refreshSeconds: 10, teamMessage: null },
    connected: false,        // the stream (or the last poll) reached the hub
    lostAt: 0,               // when the hub was last found unreachable (0 = not lost)
    refused: false,
    page: 0,
    pageStarted: 0,
    key: null,
    source: null
  };
  window.QueueWallboard = QW;

  function $(id) { return document.getElementById(id); }

  // ---- key ---------------------------------------------------------------------------------
  function readKey() {
    var m = /(?:^#|&)key=([A-Za-z0-9_\-]+)/.exec(window.location.hash || '');
    if (m) {
      var secure = window.location.protocol === 'https:' ? '; Secure' : '';
      document.cookie = KEY_COOKIE + '=' + m[1] + '; path=/; max-age=31536000; SameSite=Strict' + secure;
      return m[1];
    }
    var c = /(?:^|;\s*)qw_hub_key=([A-Za-z0-9_\-]+)/.exec(document.cookie || '');
    return c ? c[1] : null;
  }

  // ---- formats (as ui/Formats) -------------------------------------------------------------
  function waitTime(s) {
    if (s === null || s === undefined) return UNKNOWN;
    s = Math.max(0, Math.floor(s));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    var out = (h > 0 ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':';
    return out + (sec < 10 ? '0' : '') + sec;
  }
  function age(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    if (s < 60) return s + 's';
    if (s < 3600) return Math.floor(s / 60) + 'm';
    if (s < 86400) { var m = Math.floor((s % 3600) / 60); return Math.floor(s / 3600) + 'h' + (m > 0 ? ' ' + m + 'm' : ''); }
    return Math.floor(s / 86400) + 'd';
  }
  function num(v) { return v === null || v === undefined ? UNKNOWN : String(v); }

  // ---- state -------------------------------------------------------------------------------
  /** How old the figures on show are: time since arrival plus their age when they arrived. */
  function figuresAge(now) {
    if (!QW.doc) return 0;
    var asOf = Date.parse(QW.doc.asOf);
    var atArrival = isNaN(asOf) ? 0 : QW.receivedAt - asOf;
    // a TV whose clock is far off would make every figure look stale or fresh: ignore such skew
    if (atArrival < 0 || atArrival > 300000) atArrival = 0;
    return now - QW.receivedAt + atArrival;
  }

  function tileState(q, stale) {
    var live = q.waitingCalls !== null && q.waitingCalls !== undefined;
    var level = q.alertLevel || 'NORMAL';
    if (live && q.availableAgents !== null && q.waitingCalls > q.availableAgents) level = 'ALERT';
    return { live: live, level: level, stale: stale || q.status === 'stale' || q.status === 'error' };
  }

  // ---- drawing -----------------------------------------------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function stat(value, caption, cls) {
    var box = el('div', 'tile-stat');
    box.appendChild(el('span', 'tile-stat-value' + (cls ? ' ' + cls : ''), value));
    box.appendChild(el('span', 'tile-caption', caption));
    return box;
  }

  function drawTile(q, allStale, ageMs) {
    var st = tileState(q, allStale);
    var classes = ['tile'];
    if (!st.live) classes.push('no-data');
    if (st.level === 'ALERT') classes.push('alert');
    else if (st.level === 'WARNING') classes.push('warning');
    if (st.stale) classes.push('stale');
    var badge = st.stale ? 'STALE ' + age(ageMs) : !st.live ? 'NO DATA'
        : st.level === 'ALERT' ? 'ALERT' : st.level === 'WARNING' ? 'WARNING' : 'OK';
    var tile = el('div', classes.join(' '));
    tile.setAttribute('data-queue-id', q.queueId);
    tile.setAttribute('data-state', badge.split(' ')[0]);
    var head = el('div', 'tile-header');
    head.appendChild(el('span', 'tile-name', q.queueName));
    head.appendChild(el('span', 'tile-badge', badge));
    tile.appendChild(head);
    var main = el('div', 'tile-main');
    var waiting = el('div', 'tile-waiting');
    waiting.appendChild(el('span', 'tile-waiting-value', num(q.waitingCalls)));
    waiting.appendChild(el('span', 'tile-caption', 'WAITING'));
    main.appendChild(waiting);
    var stats = el('div', 'tile-stats');
    var avail = q.availableAgents;
    stats.appendChild(stat(num(avail), 'AVAILABLE', 'stat-available' + (avail > 0 ? ' some' : '')));
    stats.appendChild(stat(num(q.inProgressCalls), 'IN PROGRESS'));
    stats.appendChild(stat(st.live ? waitTime(q.longestWaitSeconds) : UNKNOWN, 'LONGEST WAIT'));
    stats.appendChild(stat(num(q.abandonedCalls), 'ABANDONED'));
    main.appendChild(stats);
    tile.appendChild(main);
    var foot = el('div', 'tile-footer');
    if (q.serviceLevel !== null && q.serviceLevel !== undefined) {
      // against the target the hub judged it by, as on the desktop board: "SL 78 % · 80/20"
      var target = (q.serviceLevelTarget !== null && q.serviceLevelTarget !== undefined)
        ? ' \u00b7 ' + Math.round(q.serviceLevelTarget * 100) + '/' + q.serviceLevelTargetSeconds : '';
      foot.appendChild(el('span', 'tile-service-level', 'SL ' + Math.round(q.serviceLevel * 100) + ' %' + target));
    }
    if (q.staffingGap !== null && q.staffingGap !== undefined && q.staffingGap > 0) {
      foot.appendChild(el('span', 'tile-need', 'need +' + q.staffingGap));
    }
    foot.appendChild(el('span', 'tile-reasons', (q.alertReasons || []).join(', ')));
    tile.appendChild(foot);
    return tile;
  }

  /** Columns and rows that give the biggest tiles of a wallboard shape for {@code count} tiles. */
  function layout(count, w, h) {
    var best = { cols: 1, rows: 1, score: -1 };
    for (var cols = 1; cols <= count; cols++) {
      var rows = Math.ceil(count / cols);
      var score = Math.min(w / cols / 1.8, h / rows);   // tiles about 1.8 times wider than tall
      if (score > best.score) best = { cols: cols, rows: rows, score: score };
    }
    return best;
  }

  function perPage(w, h) {
    var em = parseFloat(window.getComputedStyle ? getComputedStyle(document.documentElement).fontSize : 16) || 16;
    var cols = Math.max(1, Math.floor(w / (26 * em)));
    var rows = Math.max(1, Math.floor(h / (15 * em)));
    return cols * rows;
  }

  function render() {
    var now = QW.clock();
    var doc = QW.doc;
    var grid = $('tiles');
    $('refused').hidden = !QW.refused;
    $('board').hidden = QW.refused;
    if (QW.refused) return;
    var staleAfter = (QW.settings.staleAfterSeconds || 20) * 1000;
    var ageMs = figuresAge(now);
    var unreachable = QW.lostAt > 0;
    // the hub gone: figures go stale once they are older than the freshness window
    var allStale = doc !== null && ageMs > staleAfter;

    var conn = $('connection');
    if (unreachable) {
      conn.className = 'connection connection-unreachable';
      conn.textContent = 'Hub unreachable \u00b7 reconnecting' + (doc ? ' \u00b7 figures ' + age(ageMs) + ' old' : '');
    } else if (!doc) {
      conn.className = 'connection connection-waiting';
      conn.textContent = 'Connecting to the hub\u2026';
    } else if (doc.genesysState === 'retrying') {
      conn.className = 'connection connection-retrying';
      conn.textContent = 'Genesys: retrying \u00b7 figures ' + age(ageMs) + ' old';
    } else {
      conn.className = 'connection connection-live';
      conn.textContent = 'Live \u00b7 updated ' + age(ageMs) + ' ago';
    }
    var msg = QW.settings.teamMessage;
    $('team-message').hidden = !msg;
    $('team-message').textContent = msg || '';
    $('demo-badge').hidden = !(doc && doc.demo);

    while (grid.firstChild) grid.removeChild(grid.firstChild);
    if (!doc) { grid.appendChild(el('div', 'empty', 'Waiting for the hub\u2019s first figures\u2026')); return; }
    var queues = doc.queues || [];
    summary(queues, allStale || (queues.length > 0 && allQueuesStale(queues)), now);
    if (queues.length === 0) { grid.appendChild(el('div', 'empty', 'No queues on this hub yet.')); }

    var w = grid.clientWidth || window.innerWidth, h = grid.clientHeight || window.innerHeight;
    var size = Math.min(queues.length, perPage(w, h)) || 1;
    var pages = Math.max(1, Math.ceil(queues.length / size));
    if (now - QW.pageStarted >= PAGE_SECONDS * 1000) { QW.page = (QW.page + 1) % pages; QW.pageStarted = now; }
    if (QW.page >= pages) QW.page = 0;
    var shown = queues.slice(QW.page * size, QW.page * size + size);
    var lay = layout(Math.max(1, shown.length), w, h);
    grid.style.gridTemplateColumns = 'repeat(' + lay.cols + ', minmax(0, 1fr))';
    grid.style.gridTemplateRows = 'repeat(' + lay.rows + ', minmax(0, 1fr))';
    for (var i = 0; i < shown.length; i++) grid.appendChild(drawTile(shown[i], allStale, ageMs));
    $('page-indicator').hidden = pages < 2;
    $('page-indicator').textContent = 'Page ' + (QW.page + 1) + '/' + pages;

    var errors = doc.errors || [];
    var lines = [];
    for (var k = 0; k < errors.length; k++) lines.push(errors[k].message);
    $('problems').hidden = lines.length === 0;
    $('problems').textContent = lines.join('  \u00b7  ');
  }

  function allQueuesStale(queues) {
    for (var i = 0; i < queues.length; i++) if (queues[i].status !== 'stale' && queues[i].status !== 'error') return false;
    return true;
  }

  function summary(queues, stale) {
    var w = 0, a = 0, p = 0, live = 0, ab = 0, anyToday = false, longest = 0, alerts = 0, warnings = 0;
    for (var i = 0; i < queues.length; i++) {
      var q = queues[i];
      if (q.abandonedCalls !== null && q.abandonedCalls !== undefined) { anyToday = true; ab += q.abandonedCalls; }
      var st = tileState(q, false);
      if (st.level === 'ALERT') alerts++; else if (st.level === 'WARNING') warnings++;
      if (!st.live) continue;
      live++; w += q.waitingCalls; a += q.availableAgents; p += q.inProgressCalls;
      longest = Math.max(longest, q.longestWaitSeconds || 0);
    }
    $('sum-waiting').textContent = live ? String(w) : UNKNOWN;
    $('sum-available').textContent = live ? String(a) : UNKNOWN;
    $('sum-in-progress').textContent = live ? String(p) : UNKNOWN;
    $('sum-abandoned').textContent = anyToday ? String(ab) : UNKNOWN;
    $('sum-longest').textContent = live ? waitTime(longest) : UNKNOWN;
    var text = (stale ? 'STALE \u00b7 ' : '') + queues.length + (queues.length === 1 ? ' queue' : ' queues');
    if (alerts) text += ' \u00b7 ' + alerts + ' in alert';
    if (warnings) text += ' \u00b7 ' + warnings + (warnings === 1 ? ' warning' : ' warnings');
    $('sum-queues').textContent = text;
    $('summary').className = 'summary' + (stale ? ' stale' : '');
  }

  // ---- the hub -----------------------------------------------------------------------------
  /** One snapshot document (from the stream, a poll, or a test). */
  QW.receive = function (json) {
    QW.doc = typeof json === 'string' ? JSON.parse(json) : json;
    QW.receivedAt = QW.clock();
    QW.lostAt = 0;
    QW.refused = false;
    render();
  };
  QW.lost = function () {
    if (!QW.lostAt) QW.lostAt = QW.clock();
    render();
  };
  QW.render = render;

  function get(path, done) {
    var x = new XMLHttpRequest();
    x.open('GET', path, true);
    if (QW.key) x.setRequestHeader('Authorization', 'Bearer ' + QW.key);
    x.onreadystatechange = function () { if (x.readyState === 4) done(x.status, x.responseText); };
    x.send();
  }

  function answer(status, body, onOk) {
    if (status === 200) { onOk(body); return; }
    if (status === 401) { QW.refused = true; render(); return; }
    QW.lost();
  }

  function loadSettings() {
    get('/v1/settings', function (status, body) {
      answer(status, body, function (b) { QW.settings = JSON.parse(b); render(); });
    });
  }

  function poll() {
    get('/v1/snapshot', function (status, body) { answer(status, body, QW.receive); });
  }

  function stream() {
    var es = new EventSource('/v1/stream');
    QW.source = es;
    es.onmessage = function (e) { QW.receive(e.data); };
    es.onerror = function () {
      QW.lost();
      // a closed stream (401, 503) is not retried by the browser: find out why, then open again
      if (es.readyState === 2) {
        poll();
        setTimeout(function () { if (!QW.refused) stream(); }, 5000);
      }
    };
  }

  QW.start = function () {
    QW.key = readKey();
    QW.pageStarted = QW.clock();
    if (!QW.key) { QW.refused = true; render(); return; }
    loadSettings();
    var manual = /[?&]transport=manual/.test(window.location.search);
    var polling = /[?&]transport=poll/.test(window.location.search) || typeof window.EventSource === 'undefined';
    if (manual) { poll(); }
    else if (polling) { poll(); setInterval(poll, (QW.settings.refreshSeconds || 10) * 1000); }
    else { poll(); stream(); }
    setInterval(render, 1000);
    window.onresize = render;
  };

  QW.start();
})();
