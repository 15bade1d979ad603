// Keyboard-first reviewing without page reloads. The page works without this script: every action is a plain
// form. With it: Space or Enter shows the answer, 1-4 answer, u undoes, b buries, s suspends, f flags, e opens the
// source note, and the next card replaces the current one in place.
(function () {
  'use strict';
  var shownAt = Date.now();
  var busy = false;

  function main() { return document.getElementById('review'); }
  function revealed() { var answer = document.getElementById('answer'); return answer && !answer.hidden; }

  function reveal() {
    var root = main();
    if (!root || root.dataset.done) { return; }
    root.querySelector('#answer').hidden = false;
    root.querySelector('.ratings').hidden = false;
    root.querySelector('form.reveal').hidden = true;
    root.querySelectorAll('.options li').forEach(function (li) {
      if (li.textContent.trim() === root.querySelector('.answer-text').textContent.trim()) { li.classList.add('correct'); }
    });
    var first = root.querySelector('.ratings button[data-rating="3"]');
    if (first) { first.focus({preventScroll: true}); }
  }

  // Multiple choice: picking an option shows the answer; a wrong pick is marked and suggests Again.
  function choose(event) {
    var li = event.currentTarget.closest('li');
    if (revealed()) { return; }
    li.classList.add('chosen');
    reveal();
    if (!li.classList.contains('correct')) {
      li.classList.add('wrong');
      var again = main().querySelector('.ratings button[data-rating="1"]');
      if (again) { again.focus({preventScroll: true}); }
    }
  }

  function scopeQuery() {
    var scope = main() ? main().dataset.scope : '';
    return scope && scope !== 'all' ? '?scope=' + encodeURIComponent(scope) : '';
  }

  function loadNext() {
    return fetch('/review' + scopeQuery(), {credentials: 'same-origin'})
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var next = page.getElementById('review');
        if (!next) { window.location.href = '/review' + scopeQuery(); return; }
        main().replaceWith(next);
        document.title = page.title;
        shownAt = Date.now();
        bind();
      });
  }

  function formToken() {
    var field = document.querySelector('input[name="csrf"]');
    return field ? field.value : '';
  }

  function answer(rating) {
    var root = main();
    if (busy || !root || root.dataset.done || !revealed()) { return; }
    busy = true;
    fetch('/api/review/answer', {
      method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json', 'X-CSRF-Token': formToken()},
      body: JSON.stringify({card: root.dataset.card, rating: rating, reps: Number(root.dataset.reps), elapsed: Date.now() - shownAt})
    }).then(function (response) {
      if (!response.ok && response.status !== 409) { throw new Error('answer failed: ' + response.status); }
      return loadNext();
    }).catch(function () {
      var form = root.querySelector('.ratings button[data-rating="' + rating + '"]').form;
      form.submit();
    }).finally(function () { busy = false; });
  }

  function post(id) {
    var button = document.getElementById(id);
    if (!button || busy) { return; }
    busy = true;
    fetch(button.form.action, {method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(button.form))})
      .then(function (response) {
        if (!response.ok) { throw new Error(id + ' failed: ' + response.status); }
        return loadNext();
      })
      .catch(function () { button.form.submit(); })
      .finally(function () { busy = false; });
  }

  function watchHere(event) {
    var link = event.currentTarget;
    var player = document.getElementById('player');
    event.preventDefault();
    if (player) { player.remove(); return; }
    player = document.createElement('div');
    player.className = 'player';
    player.id = 'player';
    var frame = document.createElement('iframe');
    frame.src = link.dataset.embed;
    frame.title = 'Video at the source moment';
    frame.allow = 'autoplay; encrypted-media';
    frame.allowFullscreen = true;
    player.appendChild(frame);
    link.closest('.answer').appendChild(player);
  }

  function bind() {
    var root = main();
    if (!root) { return; }
    root.querySelectorAll('.ratings button').forEach(function (button) {
      button.addEventListener('click', function (event) { event.preventDefault(); answer(Number(button.dataset.rating)); });
    });
    var show = root.querySelector('#show-answer');
    if (show) { show.addEventListener('click', function (event) { event.preventDefault(); reveal(); }); }
    root.querySelectorAll('.options button.option').forEach(function (button) { button.addEventListener('click', choose); });
    var watch = root.querySelector('.watch-here');
    if (watch) { watch.addEventListener('click', watchHere); }
    ['undo', 'bury', 'suspend', 'flag'].forEach(function (id) {
      var button = document.getElementById(id);
      if (button) { button.addEventListener('click', function (event) { event.preventDefault(); post(id); }); }
    });
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) { return; }
    var root = main();
    if (!root) { return; }
    var key = event.key;
    if ((key === ' ' || key === 'Enter') && !revealed() && !root.dataset.done) {
      event.preventDefault();
      reveal();
    } else if (key >= '1' && key <= '4') {
      event.preventDefault();
      answer(Number(key));
    } else if (key === 'u') {
      post('undo');
    } else if (key === 'b') {
      post('bury');
    } else if (key === 's') {
      post('suspend');
    } else if (key === 'f') {
      post('flag');
    } else if (key === 'e' && root.dataset.note) {
      window.location.href = root.dataset.note;
    }
  });

  bind();
}());
