/*
 * The sampling form that works without signal. Opened once with a connection, the page (kept by
 * the service worker sw.js) and its data (the sampler's tasks, the food categories and the
 * samplers of his unit, kept here in IndexedDB) are on the phone. A filled form is kept in
 * IndexedDB with its own Idempotency-Key and a provisional code for the paper label, and sent
 * through the ordinary POST /api/samples when the phone is online (at once, when the connection
 * returns, or with "sync"). The server gives the number; a form sent twice (an answer lost on
 * the way) gets the first answer again, so it never makes a second sample. A refused form shows
 * the server's field errors and can be corrected and sent again with the same key (a refused
 * request keeps nothing on the server).
 */
(function () {
  'use strict';

  var API = new URL('../api/', location.href).href;
  var T = {
    'zh-CN': {
      title: '离线抽样单', tabTasks: '任务', tabForm: '抽样单', tabOutbox: '待发送', online: '在线',
      offline: '无网络', provisional: '临时编号（贴在标签上）', secFood: '样品信息', categoryId: '食品分类',
      foodName: '样品名称', brand: '商标', specification: '规格型号', batchNumber: '生产批号',
      productionDate: '生产日期', shelfLife: '保质期', quantity: '抽样数量', quantityUnit: '单位',
      backupQuantity: '备份样品数量', storageCondition: '贮存条件', secParty: '被抽样单位',
      partyName: '单位名称', partyKind: '单位类型', partyAddress: '地址', partyLicence: '营业执照/许可证号',
      partyContact: '联系人', partyPhone: '电话', secProducer: '标称生产者', producerName: '生产者名称',
      producerAddress: '生产者地址', producerLicence: '生产许可证号', secCollection: '抽样情况',
      placeAddress: '抽样地点', locate: '取定位', sampledAt: '抽样时间', sampler2Id: '第二抽样人',
      samplersConfirmed: '抽样人员已签字确认', partyConfirmed: '被抽样单位已签字确认',
      partySignatory: '被抽样单位签字人', signature: '被抽样单位签名（在框内书写）', clear: '清除',
      sealNumber: '封条编号', secPhotos: '照片', photoSAMPLE: '样品', photoSEAL: '封条', photoPLACE: '现场',
      save: '保存并发送', discard: '放弃', sync: '立即同步', start: '按此任务抽样',
      collected: '已抽 {0}/{1} 批次', due: '截止 {0}', noTasks: '没有进行中的任务',
      tasksAge: '任务清单更新于 {0}', tasksNever: '尚未取得任务清单：请在有网络时打开本页',
      fromTask: '任务：{0} · {1}', waiting: '待发送', sending: '发送中', sent: '已发送', refused: '被退回',
      edit: '修改后重发', number: '样品编号 {0}', openSample: '查看样品', savedOffline: '已保存在手机上，有网络时自动发送',
      noForm: '请先在“任务”中选择一个任务', signIn: '请先登录：', signInLink: '登录', signedInAs: '{0}',
      otherUser: '由 {0} 填写：请该抽样人登录后同步', syncOffline: '无网络：表单保存在手机上，网络恢复后自动发送',
      syncLogin: '登录已失效：请重新登录后同步', syncDone: '同步完成', syncBusy: '服务器忙，稍后自动重试',
      located: '纬度 {0}，经度 {1}，精度 ±{2} 米', locating: '正在定位…', noLocation: '无法定位：{0}',
      notImage: '不是图片', choose: '请选择', field: '字段', discardAsk: '放弃这张抽样单？',
      noneYet: '还没有抽样单', mustPick: '请选择任务', outsidePlan: '计划外抽样', secOutside: '计划外抽样',
      level: '抽样级别', samplingKind: '抽检类型', regionId: '抽样地区（县区）',
      fromOutside: '计划外抽样：不属于任何任务，须选择级别和县区'
    },
    en: {
      title: 'Offline sampling form', tabTasks: 'Tasks', tabForm: 'Form', tabOutbox: 'Outbox', online: 'Online',
      offline: 'Offline', provisional: 'Provisional code (on the label)', secFood: 'Sample',
      categoryId: 'Food category', foodName: 'Food', brand: 'Brand', specification: 'Specification',
      batchNumber: 'Batch number', productionDate: 'Production date', shelfLife: 'Shelf life',
      quantity: 'Quantity', quantityUnit: 'Unit', backupQuantity: 'Backup quantity',
      storageCondition: 'Storage', secParty: 'Sampled party', partyName: 'Name', partyKind: 'Kind',
      partyAddress: 'Address', partyLicence: 'Licence number', partyContact: 'Contact', partyPhone: 'Phone',
      secProducer: 'Producer (as labelled)', producerName: 'Producer', producerAddress: 'Producer address',
      producerLicence: 'Production licence', secCollection: 'Sampling', placeAddress: 'Place of sampling',
      locate: 'Get location', sampledAt: 'Sampled at', sampler2Id: 'Second sampler',
      samplersConfirmed: 'Both samplers signed', partyConfirmed: 'The sampled party signed',
      partySignatory: 'Signed by', signature: 'Signature of the sampled party (draw in the box)',
      clear: 'Clear', sealNumber: 'Seal number', secPhotos: 'Photos', photoSAMPLE: 'Sample',
      photoSEAL: 'Seal', photoPLACE: 'Place', save: 'Save and send', discard: 'Discard', sync: 'Sync now',
      start: 'Sample for this task', collected: '{0}/{1} batches collected', due: 'due {0}',
      noTasks: 'No open tasks', tasksAge: 'Task list as of {0}',
      tasksNever: 'No task list yet: open this page once with a connection', fromTask: 'Task: {0} · {1}',
      waiting: 'Waiting', sending: 'Sending', sent: 'Sent', refused: 'Refused', edit: 'Correct and resend',
      number: 'Sample number {0}', openSample: 'Open the sample',
      savedOffline: 'Kept on the phone; sent by itself when there is a connection',
      noForm: 'Pick a task under "Tasks" first', signIn: 'Please sign in: ', signInLink: 'sign in',
      signedInAs: '{0}', otherUser: 'Filled in by {0}: sign in as that sampler to send it',
      syncOffline: 'Offline: the forms stay on the phone and are sent when the connection returns',
      syncLogin: 'The sign-in has expired: sign in again to send', syncDone: 'Synchronised',
      syncBusy: 'The server is busy; retrying later', located: 'latitude {0}, longitude {1}, accuracy ±{2} m',
      locating: 'Locating…', noLocation: 'No location: {0}', notImage: 'not an image', choose: 'Choose',
      field: 'field', discardAsk: 'Discard this form?', noneYet: 'No forms yet', mustPick: 'Pick a task',
      outsidePlan: 'Sample outside the plan', secOutside: 'Outside the plan', level: 'Level',
      samplingKind: 'Kind of sampling', regionId: 'County-level unit',
      fromOutside: 'Outside the plan: no task; choose the level and the county-level unit'
    }
  };
  var ENUMS = {
    'zh-CN': {
      AMBIENT: '常温', CHILLED: '冷藏', FROZEN: '冷冻', PRODUCTION: '生产环节', CIRCULATION: '流通环节',
      CATERING: '餐饮环节', ONLINE: '网络销售', WHOLESALE_MARKET: '批发市场', FARMERS_MARKET: '农贸市场',
      SUPERMARKET: '超市', CANTEEN: '单位食堂', SMALL_FARMER: '小农户', NATIONAL: '国家级', PROVINCIAL: '省级',
      MUNICIPAL: '市级', COUNTY: '县级', ROUTINE_MONITORING: '例行监测', SUPERVISORY: '监督抽检',
      RISK_MONITORING: '风险监测', EVALUATIVE: '评价性抽检'
    },
    en: {
      AMBIENT: 'Ambient', CHILLED: 'Chilled', FROZEN: 'Frozen', PRODUCTION: 'Producer',
      CIRCULATION: 'Retail and distribution', CATERING: 'Catering', ONLINE: 'Online seller',
      WHOLESALE_MARKET: 'Wholesale market', FARMERS_MARKET: "Farmers' market", SUPERMARKET: 'Supermarket',
      CANTEEN: 'Canteen', SMALL_FARMER: 'Small farmer', NATIONAL: 'National', PROVINCIAL: 'Provincial',
      MUNICIPAL: 'Municipal', COUNTY: 'County', ROUTINE_MONITORING: 'Routine monitoring',
      SUPERVISORY: 'Supervisory sampling', RISK_MONITORING: 'Risk monitoring', EVALUATIVE: 'Evaluative sampling'
    }
  };
  var STORAGE = ['AMBIENT', 'CHILLED', 'FROZEN'];
  // outside the plan (计划外抽样) the sampler names what a task would have given: the same fields
  // and the same server rules as the online form
  var LEVELS = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'ROUTINE_MONITORING'];
  var KINDS = ['SUPERVISORY', 'RISK_MONITORING', 'EVALUATIVE'];
  var PARTY_KINDS = ['PRODUCTION', 'CIRCULATION', 'CATERING', 'ONLINE', 'WHOLESALE_MARKET',
    'FARMERS_MARKET', 'SUPERMARKET', 'CANTEEN', 'SMALL_FARMER'];
  var TEXT_FIELDS = ['foodName', 'brand', 'specification', 'batchNumber', 'productionDate', 'shelfLife',
    'quantity', 'quantityUnit', 'backupQuantity', 'storageCondition', 'producerName', 'producerAddress',
    'producerLicence', 'partyName', 'partyKind', 'partyAddress', 'partyLicence', 'partyContact',
    'partyPhone', 'placeAddress', 'sampledAt', 'partySignatory', 'sealNumber'];
  var MAX_PHOTO_BYTES = 250 * 1024;

  var lang = localStorage.getItem('lims-field-lang') || (navigator.language || '').indexOf('en') === 0 && 'en' || 'zh-CN';
  var who = null;
  var current = null;
  var syncing = false;
  var signed = false;

  function t(key) {
    var s = (T[lang] && T[lang][key]) || T['zh-CN'][key] || key;
    for (var i = 1; i < arguments.length; i++) {
      s = s.split('{' + (i - 1) + '}').join(arguments[i]);
    }
    return s;
  }
  function label(value) { return (ENUMS[lang] && ENUMS[lang][value]) || value || ''; }
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // ---------------------------------------------------------------- IndexedDB

  var dbPromise = new Promise(function (resolve, reject) {
    var open = indexedDB.open('lims-field', 1);
    open.onupgradeneeded = function () {
      open.result.createObjectStore('data');
      open.result.createObjectStore('forms', { keyPath: 'key' });
    };
    open.onsuccess = function () { resolve(open.result); };
    open.onerror = function () { reject(open.error); };
  });
  function tx(store, mode, fn) {
    return dbPromise.then(function (db) {
      return new Promise(function (resolve, reject) {
        var x = db.transaction(store, mode);
        var result = fn(x.objectStore(store));
        x.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
        x.onerror = function () { reject(x.error); };
      });
    });
  }
  function getData(key) { return tx('data', 'readonly', function (s) { return s.get(key); }); }
  function putData(key, value) { return tx('data', 'readwrite', function (s) { s.put(value, key); }); }
  function allForms() { return tx('forms', 'readonly', function (s) { return s.getAll(); }); }
  function putForm(f) { return tx('forms', 'readwrite', function (s) { s.put(f); }); }
  function deleteData(key) { return tx('data', 'readwrite', function (s) { s.delete(key); }); }

  // ---------------------------------------------------------------- server

  function headers(extra) {
    var h = { Accept: 'application/json', 'Accept-Language': lang === 'en' ? 'en' : 'zh-CN' };
    for (var k in extra || {}) { h[k] = extra[k]; }
    return h;
  }
  function session() {
    return fetch('session.json', { credentials: 'same-origin', cache: 'no-store', headers: headers() })
      .then(function (r) {
        var type = r.headers.get('Content-Type') || '';
        if (type.indexOf('json') < 0) { return { signedIn: false }; }
        return r.json();
      });
  }
  function getJson(path) {
    return fetch(API + path, { credentials: 'same-origin', headers: headers() }).then(function (r) {
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    });
  }

  /** Refreshes what the form needs offline: tasks, categories, samplers. */
  function refresh() {
    if (!navigator.onLine) { return Promise.resolve(); }
    return session().then(function (s) {
      who = s;
      renderWho();
      if (!s.signedIn) { return; }
      if (!localStorage.getItem('lims-field-lang') && s.lang) { setLang(s.lang); }
      return Promise.all([
        getJson('samples/my-tasks'),
        getJson('samples/samplers'),
        getJson('food-categories?size=500&sort=code'),
        getJson('regions?kind=COUNTY&active=true&size=500&sort=code')
      ]).then(function (all) {
        return Promise.all([
          putData('tasks', { at: new Date().toISOString(), user: s.username, items: all[0] }),
          putData('samplers', all[1]),
          putData('categories', all[2].items),
          putData('regions', all[3].items),
          putData('who', s)
        ]);
      }).then(renderTasks);
    }).catch(function () { /* no connection after all: the kept copies serve */ });
  }

  // ---------------------------------------------------------------- tasks

  function renderTasks() {
    return getData('tasks').then(function (tasks) {
      var list = $('taskList');
      list.textContent = '';
      if (!tasks) { $('tasksAge').textContent = t('tasksNever'); return; }
      $('tasksAge').textContent = t('tasksAge', new Date(tasks.at).toLocaleString(lang));
      if (!tasks.items.length) { list.appendChild(el('p', 'hint', t('noTasks'))); }
      tasks.items.forEach(function (task) {
        var card = el('div', 'card task');
        card.dataset.task = task.id;
        card.appendChild(el('h3', null, task.categoryName));
        card.appendChild(el('div', 'meta', label(task.level) + ' · ' + task.regionName
          + (task.partyKind ? ' · ' + label(task.partyKind) : '')));
        card.appendChild(el('div', 'meta', t('collected', task.collected, task.batches) + ' · '
          + t('due', task.dueDate)));
        if (task.note) { card.appendChild(el('div', 'meta', task.note)); }
        var go = el('button', 'primary', t('start'));
        go.type = 'button';
        go.dataset.start = task.id;
        go.addEventListener('click', function () { startForm(task); });
        card.appendChild(go);
        list.appendChild(card);
      });
    });
  }

  // ---------------------------------------------------------------- the form

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).substring(1); }).join('');
  }
  function provisionalCode() {
    var d = new Date();
    var ymd = String(d.getFullYear()).substring(2) + String(d.getMonth() + 1).padStart(2, '0')
      + String(d.getDate()).padStart(2, '0');
    var alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
    var r = new Uint8Array(5);
    crypto.getRandomValues(r);
    return 'P' + ymd + '-' + Array.prototype.map.call(r, function (x) { return alphabet[x % alphabet.length]; }).join('');
  }
  function localNow() {
    var d = new Date(Date.now() - new Date().getTimezoneOffset() * 60000);
    return d.toISOString().substring(0, 16);
  }
  function withOffset(local) {
    if (!local) { return null; }
    var off = -new Date(local).getTimezoneOffset();
    var sign = off >= 0 ? '+' : '-';
    off = Math.abs(off);
    return local + (local.length === 16 ? ':00' : '') + sign + String(Math.floor(off / 60)).padStart(2, '0')
      + ':' + String(off % 60).padStart(2, '0');
  }

  /** A form for a task, or outside the plan when {@code task} is null. */
  function startForm(task) {
    current = {
      key: uuid(), code: provisionalCode(), user: who && who.username, state: 'draft', task: task,
      values: { quantityUnit: lang === 'en' ? 'kg' : '千克', sampledAt: localNow(),
        partyKind: (task && task.partyKind) || '', samplingKind: task ? '' : 'SUPERVISORY' },
      photos: {}, signature: null, location: null, errors: []
    };
    showForm();
    saveDraft();
  }

  function fillSelect(select, options, selected, empty) {
    select.textContent = '';
    if (empty) { select.appendChild(new Option(t('choose'), '')); }
    options.forEach(function (o) {
      var opt = new Option(o.label, o.value);
      opt.selected = String(o.value) === String(selected);
      select.appendChild(opt);
    });
  }

  function showForm() {
    tab('form');
    var form = $('sampleForm');
    if (!current) { $('formContext').textContent = t('noForm'); form.classList.add('empty'); return; }
    form.classList.remove('empty');
    var task = current.task;
    $('formContext').textContent = task ? t('fromTask', task.categoryName, task.regionName) : t('fromOutside');
    $('outsideFields').hidden = !!task;
    if (!task) {
      fillSelect($('level'), LEVELS.map(function (s) { return { value: s, label: label(s) }; }),
        current.values.level, true);
      fillSelect($('samplingKind'), KINDS.map(function (s) { return { value: s, label: label(s) }; }),
        current.values.samplingKind || 'SUPERVISORY', false);
    }
    $('provisional').textContent = current.code;
    TEXT_FIELDS.forEach(function (name) {
      var input = form.elements[name];
      if (input && input.tagName !== 'SELECT') { input.value = current.values[name] || ''; }
    });
    form.elements.samplersConfirmed.checked = !!current.values.samplersConfirmed;
    form.elements.partyConfirmed.checked = !!current.values.partyConfirmed;
    fillSelect($('storageCondition'), STORAGE.map(function (s) { return { value: s, label: label(s) }; }),
      current.values.storageCondition, true);
    fillSelect($('partyKind'), PARTY_KINDS.map(function (s) { return { value: s, label: label(s) }; }),
      current.values.partyKind, true);
    Promise.all([getData('categories'), getData('samplers'), getData('regions')]).then(function (got) {
      var categories = got[0] || [];
      var within = task ? subtree(categories, task.categoryId)
        : categories.filter(function (c) { return c.active !== false; });
      if (!task) {
        fillSelect($('regionId'), (got[2] || []).map(function (r) {
          return { value: r.id, label: (lang === 'en' && r.nameEn ? r.nameEn : r.name) + ' (' + r.code + ')' };
        }), current.values.regionId, true);
      }
      fillSelect($('categoryId'), within.map(function (c) {
        return { value: c.id, label: (lang === 'en' && c.nameEn ? c.nameEn : c.name) + ' (' + c.code + ')' };
      }), current.values.categoryId || (task && task.categoryId), !task);
      var mine = who && who.username;
      fillSelect($('sampler2Id'), (got[1] || []).filter(function (p) { return p.username !== mine; })
        .map(function (p) { return { value: p.id, label: p.displayName + ' (' + p.username + ')' }; }),
        current.values.sampler2Id, true);
    });
    renderLocation();
    document.querySelectorAll('.photo').forEach(function (box) {
      var kind = box.querySelector('input').dataset.kind;
      var img = box.querySelector('img');
      box.querySelector('input').value = '';
      if (current.photos[kind]) { img.src = current.photos[kind]; img.hidden = false; } else { img.hidden = true; img.removeAttribute('src'); }
    });
    drawSignature();
    showErrors(current.errors);
  }

  /** The task's category and everything below it (the sample may name a finer category). */
  function subtree(categories, rootId) {
    var byParent = {};
    categories.forEach(function (c) { (byParent[c.parentId] = byParent[c.parentId] || []).push(c); });
    var out = [];
    (function walk(id) {
      var c = categories.filter(function (x) { return x.id === id; })[0];
      if (c && c.active !== false) { out.push(c); }
      (byParent[id] || []).forEach(function (child) { walk(child.id); });
    })(rootId);
    if (!out.length) { out.push({ id: rootId, code: '', name: current.task.categoryName }); }
    return out;
  }

  function collect() {
    var form = $('sampleForm');
    TEXT_FIELDS.forEach(function (name) {
      var input = form.elements[name];
      if (input) { current.values[name] = input.value; }
    });
    current.values.categoryId = $('categoryId').value;
    if (!current.task) {
      current.values.level = $('level').value;
      current.values.samplingKind = $('samplingKind').value;
      current.values.regionId = $('regionId').value;
    }
    current.values.sampler2Id = $('sampler2Id').value;
    current.values.samplersConfirmed = form.elements.samplersConfirmed.checked;
    current.values.partyConfirmed = form.elements.partyConfirmed.checked;
  }

  var draftTimer = null;
  function saveDraft() {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(function () {
      if (current) { collect(); putData('draft', current); }
    }, 300);
  }

  function payload(f) {
    function text(name) { var v = f.values[name]; return v === undefined || v === null || v === '' ? null : String(v); }
    function id(name) { var v = f.values[name]; return v ? Number(v) : null; }
    var photos = [];
    ['SAMPLE', 'SEAL', 'PLACE'].forEach(function (kind) {
      if (f.photos[kind]) { photos.push({ kind: kind, data: f.photos[kind] }); }
    });
    var body = {
      taskId: f.task ? f.task.id : null, categoryId: id('categoryId'), sampler2Id: id('sampler2Id'),
      samplersConfirmed: !!f.values.samplersConfirmed, partyConfirmed: !!f.values.partyConfirmed,
      latitude: f.location ? f.location.latitude : null, longitude: f.location ? f.location.longitude : null,
      field: {
        provisionalCode: f.code, locationAccuracy: f.location ? f.location.accuracy : null,
        signature: f.signature, photos: photos
      }
    };
    if (!f.task) {
      body.level = text('level');
      body.samplingKind = text('samplingKind');
      body.regionId = id('regionId');
    }
    TEXT_FIELDS.forEach(function (name) { if (!(name in body)) { body[name] = text(name); } });
    body.sampledAt = withOffset(text('sampledAt'));
    return body;
  }

  function saveForm(event) {
    event.preventDefault();
    if (!current) { return; }
    collect();
    current.state = 'waiting';
    current.errors = [];
    current.savedAt = new Date().toISOString();
    var kept = current;
    putForm(kept).then(function () { return deleteData('draft'); }).then(function () {
      current = null;
      $('syncNote').textContent = t('savedOffline');
      tab('outbox');
      return renderOutbox();
    }).then(sync);
  }

  // ---------------------------------------------------------------- location, photos, signature

  function renderLocation() {
    var out = $('location');
    out.textContent = current && current.location
      ? t('located', current.location.latitude, current.location.longitude, current.location.accuracy) : '';
  }
  function locate() {
    if (!current || !navigator.geolocation) { return; }
    $('location').textContent = t('locating');
    navigator.geolocation.getCurrentPosition(function (p) {
      current.location = {
        latitude: p.coords.latitude.toFixed(6), longitude: p.coords.longitude.toFixed(6),
        accuracy: p.coords.accuracy === undefined || p.coords.accuracy === null ? null : p.coords.accuracy.toFixed(1)
      };
      renderLocation();
      saveDraft();
    }, function (e) {
      $('location').textContent = t('noLocation', e.message);
    }, { enableHighAccuracy: true, timeout: 30000, maximumAge: 60000 });
  }

  /** Shrinks a photo on the phone: JPEG, longest side at most 1280 px, about 250 KB at most. */
  function compress(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onerror = function () { reject(new Error(t('notImage'))); };
      reader.onload = function () {
        var img = new Image();
        img.onerror = function () { reject(new Error(t('notImage'))); };
        img.onload = function () {
          var max = 1280, quality = 0.8, out = null;
          for (var i = 0; i < 8; i++) {
            var scale = Math.min(1, max / Math.max(img.naturalWidth, img.naturalHeight));
            var canvas = document.createElement('canvas');
            canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
            canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
            var g = canvas.getContext('2d');
            g.fillStyle = '#fff';
            g.fillRect(0, 0, canvas.width, canvas.height);
            g.drawImage(img, 0, 0, canvas.width, canvas.height);
            out = canvas.toDataURL('image/jpeg', quality);
            if ((out.length - 23) * 0.75 <= MAX_PHOTO_BYTES) { break; }
            max = Math.round(max * 0.8);
            quality = Math.max(0.5, quality - 0.1);
          }
          resolve(out);
        };
        img.src = reader.result;
      };
      reader.readAsDataURL(file);
    });
  }

  function onPhoto(event) {
    var input = event.target;
    var file = input.files && input.files[0];
    if (!file || !current) { return; }
    var img = input.parentNode.querySelector('img');
    compress(file).then(function (data) {
      current.photos[input.dataset.kind] = data;
      img.src = data;
      img.hidden = false;
      saveDraft();
    }, function (e) { alert(e.message); });
  }

  var pad = null;
  function drawSignature() {
    var canvas = $('signature');
    var g = canvas.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    signed = false;
    if (current && current.signature) {
      var img = new Image();
      img.onload = function () { g.drawImage(img, 0, 0); signed = true; };
      img.src = current.signature;
    }
  }
  function setupSignature() {
    var canvas = $('signature');
    var g = canvas.getContext('2d');
    function point(e) {
      var r = canvas.getBoundingClientRect();
      return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
    }
    canvas.addEventListener('pointerdown', function (e) {
      if (!current) { return; }
      pad = point(e);
      canvas.setPointerCapture(e.pointerId);
    });
    canvas.addEventListener('pointermove', function (e) {
      if (!pad) { return; }
      var p = point(e);
      g.strokeStyle = '#111';
      g.lineWidth = 2.5;
      g.lineCap = 'round';
      g.beginPath();
      g.moveTo(pad.x, pad.y);
      g.lineTo(p.x, p.y);
      g.stroke();
      pad = p;
      signed = true;
    });
    function end() {
      if (pad && current && signed) {
        current.signature = canvas.toDataURL('image/png');
        saveDraft();
      }
      pad = null;
    }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    $('clearSignature').addEventListener('click', function () {
      if (current) { current.signature = null; }
      drawSignature();
      saveDraft();
    });
  }

  // ---------------------------------------------------------------- outbox and sync

  function fieldLabel(field) {
    var base = String(field || '').replace(/^field\./, '').replace(/\[\d+\].*$/, '');
    var map = { latitude: 'locate', longitude: 'locate', locationAccuracy: 'locate', photos: 'secPhotos',
      taskId: 'tabTasks' };
    var key = map[base] || base;
    return T[lang][key] ? t(key) : field;
  }

  function showErrors(errors) {
    var box = $('formErrors');
    document.querySelectorAll('#sampleForm .invalid').forEach(function (e) { e.classList.remove('invalid'); });
    box.textContent = '';
    box.hidden = !errors || !errors.length;
    if (box.hidden) { return; }
    var ul = el('ul');
    errors.forEach(function (e) {
      ul.appendChild(el('li', null, (e.field ? fieldLabel(e.field) + ': ' : '') + e.message));
      var name = String(e.field || '').replace(/^field\./, '');
      var input = $('sampleForm').elements[name] || document.querySelector('[data-field="' + e.field + '"]');
      if (input && input.classList) { input.classList.add('invalid'); }
    });
    box.appendChild(ul);
  }

  function renderOutbox() {
    return allForms().then(function (forms) {
      forms.sort(function (a, b) { return (b.savedAt || '').localeCompare(a.savedAt || ''); });
      var list = $('outboxList');
      list.textContent = '';
      var waiting = forms.filter(function (f) { return f.state !== 'sent'; }).length;
      $('outboxCount').textContent = waiting ? String(waiting) : '';
      if (!forms.length) { list.appendChild(el('p', 'hint', t('noneYet'))); }
      forms.forEach(function (f) {
        var card = el('div', 'card form-item');
        card.dataset.key = f.key;
        card.dataset.state = f.state;
        var head = el('h3', null, (f.values.foodName || '') + ' ');
        head.appendChild(el('span', 'state ' + f.state, t(f.state)));
        card.appendChild(head);
        card.appendChild(el('div', 'meta code', f.code + ' · ' + (f.task ? f.task.categoryName : t('outsidePlan'))));
        if (f.state === 'sent') {
          var n = el('div', 'number', t('number', f.number));
          card.appendChild(n);
          var a = el('a', null, t('openSample'));
          a.href = '../sampling/sample.xhtml?id=' + encodeURIComponent(f.sampleId);
          card.appendChild(a);
        }
        if (who && who.signedIn && f.user && f.user !== who.username && f.state !== 'sent') {
          card.appendChild(el('div', 'hint', t('otherUser', f.user)));
        }
        if (f.state === 'refused') {
          card.dataset.errors = (f.errors || []).map(function (e) { return e.field || ''; }).join(',');
          var bad = el('div', 'bad');
          var ul = el('ul');
          (f.errors || []).forEach(function (e) {
            ul.appendChild(el('li', null, (e.field ? fieldLabel(e.field) + ': ' : '') + e.message));
          });
          bad.appendChild(ul);
          card.appendChild(bad);
          var edit = el('button', 'primary', t('edit'));
          edit.type = 'button';
          edit.addEventListener('click', function () { current = f; current.state = 'draft'; showForm(); });
          card.appendChild(edit);
        }
        list.appendChild(card);
      });
    });
  }

  /** Sends every waiting form of the signed-in sampler, one after the other, each with its key. */
  function sync() {
    if (syncing || !navigator.onLine) {
      if (!navigator.onLine) { $('syncNote').textContent = t('syncOffline'); }
      return Promise.resolve();
    }
    syncing = true;
    return allForms().then(function (forms) {
      var pending = forms.filter(function (f) { return f.state === 'waiting'; });
      if (!pending.length) { return; }
      return session().then(function (s) {
        who = s;
        renderWho();
        if (!s.signedIn) { $('syncNote').textContent = t('syncLogin'); return; }
        var chain = Promise.resolve(true);
        pending.filter(function (f) { return !f.user || f.user === s.username; }).forEach(function (f) {
          chain = chain.then(function (go) { return go ? send(f, s) : false; });
        });
        return chain.then(function (allSent) { if (allSent) { $('syncNote').textContent = t('syncDone'); } });
      });
    }).catch(function () {
      $('syncNote').textContent = t('syncOffline');
    }).then(function () {
      syncing = false;
      return renderOutbox();
    });
  }

  /** One form: true to go on with the next one, false to stop (offline, signed out, busy). */
  function send(f, s) {
    return fetch(API + 'samples', {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers({ 'Content-Type': 'application/json', 'Idempotency-Key': f.key, 'X-CSRF-Token': s.csrf }),
      body: JSON.stringify(payload(f))
    }).then(function (r) {
      return r.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        if (r.status === 201 || r.status === 200) {
          f.state = 'sent';
          f.number = body.sampleNumber;
          f.sampleId = body.id;
          f.errors = [];
          f.sentAt = new Date().toISOString();
          return putForm(f).then(function () { return true; });
        }
        if (r.status === 401) { $('syncNote').textContent = t('syncLogin'); return false; }
        if (r.status === 409 || r.status === 429 || r.status >= 500) { $('syncNote').textContent = t('syncBusy'); return false; }
        f.state = 'refused';
        f.errors = body && body.errors && body.errors.length ? body.errors
          : [{ field: null, message: (body && (body.detail || body.title)) || ('HTTP ' + r.status) }];
        return putForm(f).then(function () { return true; });
      });
    }, function () {
      $('syncNote').textContent = t('syncOffline');
      return false;
    });
  }

  // ---------------------------------------------------------------- page

  function renderWho() {
    var box = $('who');
    box.textContent = '';
    if (who && who.signedIn) {
      box.textContent = t('signedInAs', who.displayName + ' (' + who.username + ')');
    } else if (who && navigator.onLine) {
      box.appendChild(document.createTextNode(t('signIn')));
      var a = el('a', null, t('signInLink'));
      a.href = '../login.xhtml';
      box.appendChild(a);
    }
  }
  function renderNet() {
    var net = $('net');
    net.textContent = navigator.onLine ? t('online') : t('offline');
    net.className = 'net' + (navigator.onLine ? '' : ' off');
    net.dataset.online = String(navigator.onLine);
  }
  function tab(name) {
    document.querySelectorAll('.tabs button').forEach(function (b) { b.classList.toggle('on', b.dataset.tab === name); });
    document.querySelectorAll('.pane').forEach(function (p) { p.hidden = p.id !== name; });
  }
  function setLang(l) {
    lang = l === 'en' ? 'en' : 'zh-CN';
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-t]').forEach(function (e) { e.textContent = t(e.dataset.t); });
    $('lang').textContent = lang === 'en' ? '中文' : 'English';
    renderNet();
    renderWho();
  }

  document.addEventListener('DOMContentLoaded', function () {
    setLang(lang);
    setupSignature();
    document.querySelectorAll('.tabs button').forEach(function (b) {
      b.addEventListener('click', function () {
        if (b.dataset.tab === 'form') { showForm(); } else { tab(b.dataset.tab); }
        if (b.dataset.tab === 'outbox') { renderOutbox(); }
      });
    });
    $('lang').addEventListener('click', function () {
      setLang(lang === 'en' ? 'zh-CN' : 'en');
      localStorage.setItem('lims-field-lang', lang);
      renderTasks();
      renderOutbox();
    });
    $('sampleForm').addEventListener('submit', saveForm);
    $('outsidePlan').addEventListener('click', function () { startForm(null); });
    $('sampleForm').addEventListener('input', saveDraft);
    $('sampleForm').addEventListener('change', saveDraft);
    $('locate').addEventListener('click', locate);
    $('sync').addEventListener('click', sync);
    $('discard').addEventListener('click', function () {
      if (current && confirm(t('discardAsk'))) { current = null; deleteData('draft'); tab('tasks'); }
    });
    document.querySelectorAll('.photo input').forEach(function (i) { i.addEventListener('change', onPhoto); });
    window.addEventListener('online', function () { renderNet(); refresh().then(sync); });
    window.addEventListener('offline', renderNet);
    getData('who').then(function (w) { if (!who && w) { who = w; renderWho(); } });
    getData('draft').then(function (d) { if (d && !current) { current = d; } });
    renderTasks();
    renderOutbox();
    refresh().then(sync);
    // a phone does not always tell when its signal returns: try again now and then
    setInterval(function () { if (navigator.onLine) { sync(); } }, 20000);
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('sw.js').then(function () {
        return navigator.serviceWorker.ready;
      }).then(function (registration) {
        // a device without a Chinese font downloaded the bundled one (app.css): the worker keeps it
        // for the days without signal
        var font = new URL('../resources/fonts/noto-sans-sc-regular.ttf', location.href).href;
        return document.fonts.ready.then(function () {
          if (registration.active && performance.getEntriesByName(font).length) {
            registration.active.postMessage({keepFont: true});
          }
        });
      }).catch(function () { /* the page works online anyway */ });
    }
  });
})();
