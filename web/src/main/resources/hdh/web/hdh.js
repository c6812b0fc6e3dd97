// Completions in the search boxes (input[data-suggest]): as the reader types, the list under the box is
// filled from GET /api/suggest. An enhancement only: without this script the boxes search the same way.
(function () {
  'use strict';
  function enhance(input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) {
      return;
    }
    var timer = null;
    var asked = '';
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = input.value.trim();
        if (text.length < 2 || text === asked) {
          return;
        }
        asked = text;
        fetch(input.getAttribute('data-suggest') + '?limit=8&q=' + encodeURIComponent(text), {headers: {Accept: 'application/json'}})
          .then(function (r) { return r.ok ? r.json() : {suggestions: []}; })
          .then(function (body) {
            if (text !== asked) {
              return;
            }
            list.replaceChildren();
            (body.suggestions || []).forEach(function (s) {
              var option = document.createElement('option');
              option.value = s.text;
              if (s.context) {
                option.label = s.text + ' — ' + s.context;
              }
              list.appendChild(option);
            });
          })
          .catch(function () { /* no completions: the box still searches */ });
      }, 150);
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-suggest][list]').forEach(enhance);
  });
})();
