// Highlights the claim a card's "source note" link points at (#line-N), even when N is a line inside a
// paragraph or list item rather than its first line.
(function () {
  function highlight() {
    var match = /^#line-(\d+)$/.exec(window.location.hash);
    if (!match) { return; }
    var line = Number(match[1]);
    var best = null;
    var bestSpan = Infinity;
    document.querySelectorAll('[data-lines]').forEach(function (element) {
      var range = element.getAttribute('data-lines').split('-').map(Number);
      if (range[0] <= line && line <= range[1] && range[1] - range[0] < bestSpan) {
        best = element;
        bestSpan = range[1] - range[0];
      }
    });
    document.querySelectorAll('.is-source').forEach(function (element) { element.classList.remove('is-source'); });
    if (best) {
      best.classList.add('is-source');
      best.scrollIntoView({block: 'center'});
    }
  }
  window.addEventListener('hashchange', highlight);
  document.addEventListener('DOMContentLoaded', highlight);
}());
