/*
 * Alliance Compact macros: the Sign dialog of mou-signature and the change dialog of support-register.
 * Same file in Confluence (web-resource compact-resources) and in the preview server. Everything written
 * into the page goes through textContent, never innerHTML, so stored names cannot inject markup.
 */
(function () {
  'use strict';

  function restBase(section) {
    if (section.dataset.restBase) {
      return section.dataset.restBase;
    }
    var context = (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
    return context + '/rest/compact/1.0';
  }

  function send(method, url, body) {
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
          var message = json && json.message ? json.message : ('The server answered ' + response.status + '.');
          var error = new Error(message);
          error.status = response.status;
          throw error;
        }
        return json;
      });
    });
  }

  function say(section, text) {
    var message = section.querySelector('.compact-message');
    if (message) {
      message.textContent = text;
    }
  }

  function formatInstant(iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  function initSignatures(section) {
    var dialog = section.querySelector('.compact-sign-dialog');
    if (!dialog) {
      return;
    }
    var form = dialog.querySelector('form');
    var error = dialog.querySelector('.compact-error');
    var pending = null;

    section.addEventListener('click', function (event) {
      var button = event.target.closest('.compact-sign');
      if (!button || !section.contains(button)) {
        return;
      }
      pending = { memberId: button.dataset.memberId, role: button.dataset.role };
      dialog.querySelector('.compact-dialog-member').textContent = button.dataset.memberName;
      dialog.querySelector('.compact-dialog-role').textContent = button.dataset.roleLabel;
      error.textContent = '';
      form.reset();
      dialog.showModal();
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (event.submitter && event.submitter.value === 'cancel') {
        dialog.close();
        return;
      }
      var minute = form.querySelector('.compact-minute');
      var body = {
        memberId: pending.memberId,
        role: pending.role,
        minuteReference: minute ? minute.value : null,
        editionFingerprint: section.dataset.fingerprint
      };
      var url = restBase(section) + '/mou/editions/' + encodeURIComponent(section.dataset.editionId) + '/signatures';
      send('POST', url, body).then(function (signature) {
        dialog.close();
        var cell = section.querySelector('td[data-member-id="' + CSS.escape(signature.memberId) + '"][data-role="' + CSS.escape(signature.role) + '"]');
        if (cell) {
          cell.textContent = '';
          var signed = document.createElement('span');
          signed.className = 'compact-signed';
          signed.appendChild(document.createTextNode('Signed by '));
          var who = document.createElement('span');
          who.className = 'compact-signer';
          who.textContent = signature.personName;
          signed.appendChild(who);
          signed.appendChild(document.createTextNode(' on '));
          var time = document.createElement('time');
          time.dateTime = signature.signedAt;
          time.textContent = formatInstant(signature.signedAt);
          signed.appendChild(time);
          cell.appendChild(signed);
        }
        say(section, 'Signed: thank you. Your signature is recorded against edition ' + section.dataset.editionNumber + '.');
      }).catch(function (failure) {
        error.textContent = failure.message;
      });
    });
  }

  function initRegister(section) {
    var dialog = section.querySelector('.compact-change-dialog');
    section.addEventListener('click', function (event) {
      var link = event.target.closest('.compact-history-link');
      if (link && section.contains(link)) {
        event.preventDefault();
        showHistory(section, link);
        return;
      }
      var button = event.target.closest('.compact-change');
      if (!button || !dialog || !section.contains(button)) {
        return;
      }
      dialog.dataset.memberId = button.dataset.memberId;
      dialog.querySelector('.compact-dialog-member').textContent = button.dataset.memberName;
      dialog.querySelector('.compact-error').textContent = '';
      dialog.querySelector('form').reset();
      dialog.showModal();
    });
    if (!dialog) {
      return;
    }
    var form = dialog.querySelector('form');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (event.submitter && event.submitter.value === 'cancel') {
        dialog.close();
        return;
      }
      var criteria = Array.prototype.map.call(form.querySelectorAll('input[name="criteria"]:checked'), function (c) { return c.value; });
      var body = {
        category: form.elements.category.value,
        criteria: criteria,
        reason: form.elements.reason.value,
        nextReview: form.elements.nextReview.value || null
      };
      var memberId = dialog.dataset.memberId;
      send('PUT', restBase(section) + '/register/' + encodeURIComponent(memberId), body).then(function (row) {
        dialog.close();
        var tr = section.querySelector('tr[data-member-id="' + CSS.escape(memberId) + '"]');
        if (tr) {
          var option = form.querySelector('option[value="' + CSS.escape(row.category) + '"]');
          tr.querySelector('.compact-category').textContent = option ? option.textContent : row.category;
          tr.querySelector('.compact-criteria').textContent = row.criteria.length ? row.criteria.join(', ') : 'None recorded';
          tr.querySelector('.compact-set').textContent = formatInstant(row.setAt) + ' by ' + row.setBy + ': ' + row.reason;
          tr.querySelector('.compact-review').textContent = row.nextReview;
        }
        say(section, 'Category saved; the change is kept in the history.');
      }).catch(function (failure) {
        dialog.querySelector('.compact-error').textContent = failure.message;
      });
    });
  }

  function showHistory(section, link) {
    send('GET', link.getAttribute('href')).then(function (entries) {
      var old = section.querySelector('.compact-history-view');
      if (old) { old.remove(); }
      var list = document.createElement('ol');
      list.className = 'compact-history-view';
      entries.forEach(function (e) {
        var item = document.createElement('li');
        item.textContent = e.category + ' from ' + formatInstant(e.setAt) + ' (by ' + e.setBy + '): ' + e.reason
          + '; next review ' + e.nextReview;
        list.appendChild(item);
      });
      link.closest('table').after(list);
    }).catch(function (failure) {
      say(section, failure.message);
    });
  }

  function init() {
    document.querySelectorAll('.compact-mou-signature').forEach(initSignatures);
    document.querySelectorAll('.compact-support-register').forEach(initRegister);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
