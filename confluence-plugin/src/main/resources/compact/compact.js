/*
 * Alliance Compact macros: signing in mou-signature, changing a category and reading its history in
 * support-register. Same file in Confluence (web-resource compact-resources, on the host's AUI) and in the
 * preview server (on the AUI the build fetched). Texts come from the plugin's i18n bundle through the
 * section's data-texts; dates are written as EnGb.java writes them. Everything put into the page goes
 * through textContent or AJS.escapeHtml, never raw innerHTML, so stored names cannot inject markup.
 */
(function () {
  'use strict';

  // ---- shared helpers --------------------------------------------------------------------------

  function texts(section) {
    try {
      return JSON.parse(section.dataset.texts || '{}');
    } catch (e) {
      return {};
    }
  }

  /** Fills {0}, {1} ... of a bundle text. */
  function fmt(pattern, args) {
    return String(pattern || '').replace(/\{(\d+)\}/g, function (whole, i) {
      return args[i] === undefined || args[i] === null ? '' : String(args[i]);
    });
  }

  function restBase(section) {
    if (section.dataset.restBase) {
      return section.dataset.restBase;
    }
    var context = (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
    return context + '/rest/compact/1.0';
  }

  function send(T, method, url, body) {
    return fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        'Accept': 'application/json',
        // Atlassian's XSRF convention: state-changing REST calls carry this header.
        'X-Atlassian-Token': 'no-check'
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        if (!response.ok) {
          // the server's own message names the field in words; only a bare status needs framing
          var message = response.status === 401
            ? T.sessionEnded
            : (json && json.message ? json.message : fmt(T.failed, [response.status + ' ' + response.statusText]));
          var error = new Error(message);
          error.status = response.status;
          throw error;
        }
        return json;
      });
    });
  }

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];

  /** "2026-11-30" -> "30 November 2026", as EnGb.date. */
  function formatDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1] : (iso || '');
  }

  /** An ISO instant -> "30 November 2026, 10:01" in the alliance's time zone, as EnGb.dateTime. */
  function formatDateTime(iso, zone) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) {
      return iso || '';
    }
    var parts = {};
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone || 'Europe/London', year: 'numeric', month: 'long', day: 'numeric',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(d).forEach(function (p) { parts[p.type] = p.value; });
    return Number(parts.day) + ' ' + parts.month + ' ' + parts.year + ', ' + parts.hour + ':' + parts.minute;
  }

  /** What a person types or the date picker writes ("30 November 2026", "30/11/2026", "2026-11-30") -> ISO. */
  function parseDate(text) {
    var t = (text || '').trim();
    var m;
    if (!t) { return null; }
    if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) { return iso(m[1], m[2], m[3]); }
    if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) { return iso(m[3], m[2], m[1]); }
    if ((m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(t))) {
      var month = MONTHS.findIndex(function (name) {
        return name.toLowerCase().indexOf(m[2].toLowerCase()) === 0 && m[2].length >= 3;
      });
      return month < 0 ? undefined : iso(m[3], month + 1, m[1]);
    }
    return undefined;
  }

  function iso(y, mo, d) {
    var date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCMonth() !== Number(mo) - 1) { return undefined; }
    return date.toISOString().slice(0, 10);
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function lozenge(kind, label) {
    return element('span', 'aui-lozenge' + (kind ? ' aui-lozenge-' + kind : ''), label);
  }

  function time(iso, text) {
    var t = element('time', null, text);
    t.dateTime = iso;
    return t;
  }

  function showDialog(dialog) {
    if (window.AJS && window.AJS.dialog2) { window.AJS.dialog2(dialog).show(); } else { dialog.hidden = false; }
  }

  function hideDialog(dialog) {
    if (window.AJS && window.AJS.dialog2) { window.AJS.dialog2(dialog).hide(); } else { dialog.hidden = true; }
  }

  function showError(box, text) {
    box.textContent = text;
    box.hidden = !text;
  }

  function flag(type, text) {
    if (window.AJS && window.AJS.flag) {
      window.AJS.flag({ type: type, body: window.AJS.escapeHtml(text), close: 'auto' });
    }
  }

  // ---- mou-signature -------------------------------------------------------------------------------

  /** A signed slot, as MouSignatureRenderer.signedCell writes it (the minute only when the API gave it). */
  function renderSigned(T, section, cell, signature) {
    cell.textContent = '';
    cell.appendChild(lozenge('success', T.signed));
    cell.appendChild(document.createTextNode(' '));
    var signed = element('span', 'compact-signed');
    signed.appendChild(document.createTextNode(T.by + ' '));
    signed.appendChild(element('span', 'compact-signer', signature.personName));
    signed.appendChild(document.createTextNode(' ' + T.on + ' '));
    signed.appendChild(time(signature.signedAt, formatDateTime(signature.signedAt, section.dataset.timeZone)));
    cell.appendChild(signed);
    if (signature.minuteReference) {
      cell.appendChild(element('div', 'compact-minute-ref', fmt(T.minute, [signature.minuteReference])));
    }
  }

  function cellOf(section, memberId, role) {
    return section.querySelector('td[data-member-id="' + CSS.escape(memberId) + '"][data-role="' + CSS.escape(role) + '"]');
  }

  function initSignatures(section) {
    var T = texts(section);
    var dialog = section.querySelector('.compact-sign-dialog');
    if (!dialog) {
      return;
    }
    var form = dialog.querySelector('form');
    var error = dialog.querySelector('.compact-error');
    var pending = null;
    var editionUrl = restBase(section) + '/mou/editions/' + encodeURIComponent(section.dataset.editionId) + '/signatures';

    section.addEventListener('click', function (event) {
      var button = event.target.closest('.compact-sign');
      if (!button || !section.contains(button)) {
        return;
      }
      pending = { memberId: button.dataset.memberId, role: button.dataset.role };
      dialog.querySelector('.compact-dialog-member').textContent = button.dataset.memberName;
      dialog.querySelector('.compact-dialog-role').textContent = button.dataset.roleLabel;
      form.reset();
      showError(error, '');
      showDialog(dialog);
    });
    dialog.querySelector('.compact-cancel').addEventListener('click', function () { hideDialog(dialog); });

    // After a refusal (someone signed this place meanwhile) the table is brought up to date.
    function refresh() {
      return send(T, 'GET', editionUrl).then(function (signatures) {
        (signatures || []).forEach(function (s) {
          var cell = cellOf(section, s.memberId, s.role);
          if (cell) { renderSigned(T, section, cell, s); }
        });
      });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var minute = form.querySelector('.compact-minute');
      var body = {
        memberId: pending.memberId,
        role: pending.role,
        minuteReference: minute ? minute.value : null,
        editionFingerprint: section.dataset.fingerprint
      };
      send(T, 'POST', editionUrl, body).then(function (signature) {
        hideDialog(dialog);
        var cell = cellOf(section, signature.memberId, signature.role);
        if (cell) { renderSigned(T, section, cell, signature); }
        flag('success', fmt(T.signedFlag, [section.dataset.editionNumber]));
      }).catch(function (failure) {
        if (failure.status === 409) {
          showError(error, failure.message + ' ' + T.alreadySigned);
          refresh().catch(function () { /* the message above already says what happened */ });
        } else {
          showError(error, failure.message);
        }
      });
    });
  }

  // ---- support-register ----------------------------------------------------------------------------

  var CATEGORY_LOZENGE = { INTENSIVE: 'removed', TARGETED: 'moved', UNIVERSAL: 'success' };

  function categoryLozenge(T, category) {
    var l = lozenge(CATEGORY_LOZENGE[category], T['category.' + category] || category);
    l.classList.add('compact-category-lozenge');
    l.dataset.category = category;
    return l;
  }

  /** Names of the people who set categories (the coordinators), by e-mail, as the page was given them. */
  function peopleNames(section) {
    try { return JSON.parse(section.dataset.peopleNames || '{}'); } catch (e) { return {}; }
  }

  function criteriaLabels(section) {
    try { return JSON.parse(section.dataset.criteriaLabels || '{}'); } catch (e) { return {}; }
  }

  /** Rewrites a row from the REST answer exactly as SupportRegisterRenderer writes it. */
  function updateRow(T, section, tr, row) {
    var labels = criteriaLabels(section);
    var zone = section.dataset.timeZone;
    var codes = (row.criteria || []).slice().sort();
    tr.dataset.category = row.category;
    tr.dataset.criteria = codes.join(' ');
    tr.dataset.nextReview = row.nextReview || '';
    tr.classList.remove('compact-unlisted');

    var category = tr.querySelector('.compact-category');
    category.textContent = '';
    category.appendChild(categoryLozenge(T, row.category));

    var criteria = tr.querySelector('.compact-criteria');
    criteria.textContent = '';
    if (codes.length === 0) {
      criteria.textContent = T.noCriteria;
    } else {
      var list = element('ul', 'compact-criteria-list');
      codes.forEach(function (code) { list.appendChild(element('li', null, labels[code] || code)); });
      criteria.appendChild(list);
    }

    var set = tr.querySelector('.compact-set');
    set.textContent = '';
    set.appendChild(time(row.setAt, formatDateTime(row.setAt, zone)));
    set.appendChild(document.createTextNode(' ' + fmt(T.setBy, [peopleNames(section)[row.setBy] || row.setBy])));
    set.appendChild(element('div', 'compact-reason', row.reason));

    var review = tr.querySelector('.compact-review');
    review.textContent = '';
    review.appendChild(time(row.nextReview, formatDate(row.nextReview)));
    if (row.reviewOverdue) {
      review.appendChild(document.createTextNode(' '));
      review.appendChild(lozenge('removed', T.overdue));
    }

    var historyCell = tr.querySelector('.compact-history-cell');
    if (historyCell && !historyCell.querySelector('.compact-history-link')) {
      historyCell.textContent = '';
      var link = element('a', 'compact-history-link', T.history);
      link.href = '#compact-history-' + row.memberId;
      link.setAttribute('aria-haspopup', 'dialog');
      historyCell.appendChild(link);
    }
  }

  function updateCounts(T, section) {
    return send(T, 'GET', restBase(section) + '/register').then(function (page) {
      var counts = (page && page.headlineCounts) || {};
      section.querySelectorAll('.compact-headline li[data-category]').forEach(function (li) {
        li.querySelector('.compact-count').textContent = String(counts[li.dataset.category] || 0);
      });
    });
  }

  function initRegister(section) {
    var T = texts(section);
    var change = section.querySelector('.compact-change-dialog');
    var historyDialog = section.querySelector('.compact-history-dialog');

    function rowOf(memberId) {
      return section.querySelector('tr[data-member-id="' + CSS.escape(memberId) + '"]');
    }

    function openHistory(tr) {
      var memberId = tr.dataset.memberId;
      var url = restBase(section) + '/register/' + encodeURIComponent(memberId) + '/history';
      send(T, 'GET', url).then(function (entries) {
        var labels = criteriaLabels(section);
        var zone = section.dataset.timeZone;
        historyDialog.querySelector('.aui-dialog2-header-main').textContent = fmt(T.historyTitle, [tr.dataset.memberName]);
        var list = historyDialog.querySelector('.compact-history-view');
        list.textContent = '';
        if (!entries || entries.length === 0) {
          list.appendChild(element('li', null, T.historyEmpty));
        }
        (entries || []).slice().reverse().forEach(function (e) {
          var item = element('li', null, fmt(T.historyEntry, [
            formatDateTime(e.setAt, zone), T['category.' + e.category] || e.category,
            peopleNames(section)[e.setBy] || e.setBy, e.reason,
            formatDate(e.nextReview)]));
          var codes = (e.criteria || []).slice().sort();
          if (codes.length) {
            item.appendChild(element('div', 'compact-history-criteria', fmt(T.historyCriteria, [
              codes.map(function (c) { return labels[c] || c; }).join('; ')])));
          }
          list.appendChild(item);
        });
        showDialog(historyDialog);
      }).catch(function (failure) {
        flag('error', failure.message);
      });
    }

    section.addEventListener('click', function (event) {
      var link = event.target.closest('.compact-history-link');
      if (link && section.contains(link)) {
        event.preventDefault();
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, '', link.getAttribute('href'));
        }
        openHistory(link.closest('tr'));
        return;
      }
      var button = event.target.closest('.compact-change');
      if (button && change && section.contains(button)) {
        openChange(rowOf(button.dataset.memberId));
      }
    });
    if (historyDialog) {
      historyDialog.querySelector('.compact-close').addEventListener('click', function () {
        hideDialog(historyDialog);
        if (window.history && window.history.replaceState && location.hash.indexOf('#compact-history-') === 0) {
          window.history.replaceState(null, '', location.pathname + location.search);
        }
      });
      // The History link is an address of this page: opened in a new tab (or typed), the page opens the dialog.
      var fromAddress = function () {
        var opened = /^#compact-history-(.+)$/.exec(location.hash);
        var tr = opened ? rowOf(decodeURIComponent(opened[1])) : null;
        if (tr) { openHistory(tr); }
      };
      window.addEventListener('hashchange', fromAddress);
      fromAddress();
    }

    if (!change) {
      return;
    }
    var form = change.querySelector('form');
    var error = change.querySelector('.compact-error');
    var select = form.elements.category;
    var review = form.querySelector('.compact-next-review');
    var groups = change.querySelectorAll('.compact-criteria-group');
    var current = null;
    if (window.AJS && window.AJS.DatePicker) {
      // AUI's calendar instead of the browser's (which follows the browser's locale, mm/dd/yyyy in en-US)
      window.AJS.DatePicker(review, { overrideBrowserDefault: true, dateFormat: 'd MM yy', firstDay: 1 });
    }

    function showGroup(category) {
      groups.forEach(function (g) { g.hidden = g.dataset.category !== category; });
    }

    function openChange(tr) {
      current = tr;
      change.querySelector('.compact-dialog-member').textContent = tr.dataset.memberName;
      form.reset();
      select.value = tr.dataset.category || '';
      var ticked = (tr.dataset.criteria || '').split(' ').filter(Boolean);
      form.querySelectorAll('input[name="criteria"]').forEach(function (box) {
        box.checked = ticked.indexOf(box.value) >= 0;
      });
      showGroup(select.value);
      review.value = tr.dataset.nextReview ? formatDate(tr.dataset.nextReview) : '';
      showError(error, '');
      showDialog(change);
    }

    select.addEventListener('change', function () { showGroup(select.value); });
    change.querySelector('.compact-cancel').addEventListener('click', function () { hideDialog(change); });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var nextReview = parseDate(review.value);
      if (nextReview === undefined) {
        showError(error, T.badDate);
        return;
      }
      var criteria = [];
      groups.forEach(function (g) {
        if (g.dataset.category === select.value) {
          g.querySelectorAll('input[name="criteria"]:checked').forEach(function (c) { criteria.push(c.value); });
        }
      });
      var body = { category: select.value, criteria: criteria, reason: form.elements.reason.value, nextReview: nextReview };
      var tr = current;
      send(T, 'PUT', restBase(section) + '/register/' + encodeURIComponent(tr.dataset.memberId), body).then(function (row) {
        hideDialog(change);
        updateRow(T, section, tr, row);
        flag('success', fmt(T.saved, [tr.dataset.memberName, T['category.' + row.category]]));
        return updateCounts(T, section);
      }).catch(function (failure) {
        showError(error, failure.message);
      });
    });
  }

  // ---- fees (register macro, coordinators only; issue 18, finding 5) -----------------------------------

  /** "3000", "\u00a31,500.50" -> pence (300000, 150050), by text, never floating point; null when not money. */
  function pence(text) {
    var m = /^\u00a3?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec((text || '').trim());
    if (!m) { return null; }
    var pounds = m[1].replace(/,/g, '');
    var fraction = ((m[2] || '') + '00').slice(0, 2);
    return Number(pounds) * 100 + Number(fraction);
  }

  /** pence -> "\u00a33,000.00", as FeeSectionRenderer.pounds. */
  function pounds(p) {
    var whole = String(Math.floor(p / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return '\u00a3' + whole + '.' + String(p % 100).padStart(2, '0');
  }

  /** An ISO instant -> "30 November 2026", the day in the alliance's time zone, as EnGb.date. */
  function formatDay(iso, zone) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) {
      return iso || '';
    }
    var parts = {};
    new Intl.DateTimeFormat('en-GB', { timeZone: zone || 'Europe/London', year: 'numeric', month: 'long', day: 'numeric' })
      .formatToParts(d).forEach(function (p) { parts[p.type] = p.value; });
    return Number(parts.day) + ' ' + parts.month + ' ' + parts.year;
  }

  /**
   * Rewrites one organisation's row from the REST answer, as FeeSectionRenderer writes it: a reversed payment
   * struck through with its reversal, each other payment with its Reverse button.
   */
  function updateFeeRow(T, section, tr, fee) {
    var paid = tr.querySelector('.compact-fee-paid');
    paid.textContent = '';
    paid.appendChild(element('span', 'compact-fee-total', pounds(fee.paidPence)));
    var list = element('ul', 'compact-fee-payments');
    (fee.payments || []).forEach(function (p) {
      var text = fmt(T.feePayment, [pounds(p.amountPence), formatDate(p.paidOn), p.reference]);
      var item = element('li');
      item.dataset.paymentId = String(p.id);
      if (p.reversal) {
        item.className = 'compact-fee-reversed';
        item.appendChild(element('del', null, text));
        item.appendChild(document.createTextNode(' '));
        item.appendChild(element('span', 'compact-fee-reversal',
          fmt(T.feeReversal, [formatDay(p.reversal.reversedAt, section.dataset.timeZone), p.reversal.reason])));
      } else {
        item.appendChild(document.createTextNode(text + ' '));
        var button = element('button', 'aui-button aui-button-link compact-fee-reverse', T.feeReverse);
        button.type = 'button';
        button.dataset.paymentId = String(p.id);
        button.dataset.payment = text;
        button.setAttribute('aria-label', fmt(T.feeReverseLabel, [text]));
        item.appendChild(button);
      }
      list.appendChild(item);
    });
    paid.appendChild(list);
    var state = tr.querySelector('.compact-fee-state');
    state.textContent = '';
    var owed = pounds(fee.outstandingPence);
    state.appendChild(
      fee.state === 'PAID' ? lozenge('success', T.feePaid)
        : fee.state === 'OVERDUE' ? lozenge('removed', fmt(T.feeOverdue, [owed]))
          : fee.state === 'NOT_YET_DUE' ? lozenge('current', fmt(T.feeNotYetDue, [owed]))
            : lozenge(null, T.feeNotOwed));
  }

  function initFees(fees) {
    var section = fees.closest('.compact-macro') || fees;
    var T = texts(section);
    var dialog = section.querySelector('.compact-fee-dialog');
    if (!dialog) { return; }
    var form = dialog.querySelector('.compact-fee-form');
    var error = dialog.querySelector('.compact-error');
    var current = null;
    if (window.AJS && window.AJS.DatePicker) {
      // AUI's calendar, as the register's review date: the browser's own follows its locale (mm/dd/yyyy)
      window.AJS.DatePicker(form.elements.paidOn, { overrideBrowserDefault: true, dateFormat: 'd MM yy', firstDay: 1 });
    }
    fees.addEventListener('click', function (event) {
      var button = event.target.closest('.compact-fee-record');
      if (!button) { return; }
      current = button.closest('tr');
      form.reset();
      showError(error, '');
      dialog.querySelector('.compact-dialog-member').textContent = current.dataset.memberName;
      showDialog(dialog);
    });
    dialog.querySelector('.compact-cancel').addEventListener('click', function () { hideDialog(dialog); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var amount = pence(form.elements.amount.value);
      if (!amount) { showError(error, T.feeBadAmount); return; }
      var paidOn = parseDate(form.elements.paidOn.value);
      if (!paidOn) { showError(error, T.feeBadDate); return; }
      var tr = current;
      var body = { academicYear: fees.dataset.academicYear, amountPence: amount, paidOn: paidOn,
        reference: form.elements.reference.value };
      send(T, 'POST', restBase(section) + '/fees/' + encodeURIComponent(tr.dataset.memberId) + '/payments', body)
        .then(function (fee) {
          hideDialog(dialog);
          updateFeeRow(T, section, tr, fee);
          flag('success', fmt(T.feeRecorded, [pounds(amount), tr.dataset.memberName]));
          // allowed (a mistaken extra payment is reversed, not refused), but never silent
          if (fee.paidPence > fee.duePence) {
            flag('warning', fmt(T.feeOverpaid, [pounds(fee.paidPence - fee.duePence), tr.dataset.memberName]));
          }
        }).catch(function (failure) {
          showError(error, failure.message);
        });
    });
    initFeeReversals(fees, section, T);
  }

  /** The Reverse action on each payment: a reason in the dialog, then the row as the server recomputed it. */
  function initFeeReversals(fees, section, T) {
    var dialog = section.querySelector('.compact-fee-reverse-dialog');
    if (!dialog) { return; }
    var form = dialog.querySelector('.compact-fee-reverse-form');
    var error = dialog.querySelector('.compact-error');
    var current = null;
    fees.addEventListener('click', function (event) {
      var button = event.target.closest('.compact-fee-reverse');
      if (!button) { return; }
      current = { tr: button.closest('tr'), paymentId: button.dataset.paymentId, payment: button.dataset.payment };
      form.reset();
      showError(error, '');
      dialog.querySelector('.compact-dialog-member').textContent = current.tr.dataset.memberName;
      dialog.querySelector('.compact-fee-reverse-payment').textContent = current.payment;
      showDialog(dialog);
    });
    dialog.querySelector('.compact-cancel').addEventListener('click', function () { hideDialog(dialog); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var reason = form.elements.reason.value.trim();
      if (!reason) { showError(error, T.feeNoReason); return; }
      var target = current;
      var url = restBase(section) + '/fees/' + encodeURIComponent(target.tr.dataset.memberId) + '/payments/'
        + encodeURIComponent(target.paymentId) + '/reversal';
      send(T, 'POST', url, { reason: reason })
        .then(function (fee) {
          hideDialog(dialog);
          updateFeeRow(T, section, target.tr, fee);
          flag('success', fmt(T.feeReversed, [target.payment, target.tr.dataset.memberName]));
        }).catch(function (failure) {
          showError(error, failure.message);
        });
    });
  }

  // ---- mou-signature: the next edition (coordinators) ------------------------------------------------

  /** Starts, edits and publishes the draft of the next edition; the page is reloaded after each change. */
  function initEditions(section) {
    var panel = section.querySelector('.compact-editions');
    if (!panel) { return; }
    var T = texts(section);
    var base = restBase(section) + '/mou/draft';
    var reload = function () { window.location.reload(); };
    var panelError = panel.querySelector('.compact-error');
    var start = panel.querySelector('.compact-draft-start');
    if (start) {
      start.addEventListener('click', function () {
        send(T, 'POST', base).then(reload).catch(function (failure) { showError(panelError, failure.message); });
      });
    }
    var edit = panel.querySelector('.compact-draft-dialog');
    if (edit) {
      var form = edit.querySelector('form');
      var error = edit.querySelector('.compact-error');
      panel.querySelector('.compact-draft-edit').addEventListener('click', function () { showDialog(edit); });
      edit.querySelector('.compact-cancel').addEventListener('click', function () { hideDialog(edit); });
      var template = edit.querySelector('.compact-clause-template');
      edit.querySelectorAll('.compact-add-clause').forEach(function (button) {
        button.addEventListener('click', function () {
          button.parentNode.parentNode.insertBefore(template.content.cloneNode(true), button.parentNode);
        });
      });
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var sections = [];
        form.querySelectorAll('.compact-draft-section').forEach(function (fieldset) {
          var clauses = [];
          fieldset.querySelectorAll('.compact-draft-clause').forEach(function (c) {
            if (c.querySelector('.compact-remove').checked) { return; }
            clauses.push({ number: c.querySelector('.compact-number').value, text: c.querySelector('.compact-text').value });
          });
          if (clauses.length) {
            sections.push({ heading: fieldset.querySelector('.compact-heading').value, clauses: clauses });
          }
        });
        var body = { basedOnEditionId: edit.dataset.basedOn, title: form.elements.title.value, sections: sections };
        send(T, 'PUT', base, body).then(reload).catch(function (failure) { showError(error, failure.message); });
      });
    }
    var publish = panel.querySelector('.compact-publish-dialog');
    if (publish) {
      var publishForm = publish.querySelector('form');
      var publishError = publish.querySelector('.compact-error');
      panel.querySelector('.compact-draft-publish').addEventListener('click', function () { showDialog(publish); });
      publish.querySelector('.compact-cancel').addEventListener('click', function () { hideDialog(publish); });
      publishForm.addEventListener('submit', function (event) {
        event.preventDefault();
        var effective = parseDate(publishForm.elements.effectiveDate.value);
        if (!effective) {
          showError(publishError, T.editionsBadDate);
          return;
        }
        var body = { effectiveDate: effective, basedOnEditionId: panel.dataset.editionId };
        send(T, 'POST', base + '/publication', body).then(reload)
          .catch(function (failure) { showError(publishError, failure.message); });
      });
    }
  }

  function init() {
    document.querySelectorAll('.compact-mou-signature').forEach(initEditions);
    document.querySelectorAll('.compact-mou-signature').forEach(initSignatures);
    document.querySelectorAll('.compact-support-register').forEach(initRegister);
    document.querySelectorAll('.compact-fees').forEach(initFees);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
