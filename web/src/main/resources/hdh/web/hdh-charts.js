// The /statistics charts: each div.chart[data-table] draws the table it names (th = value, tr[data-count] =
// count) with Apache ECharts (served by this server, see VendorScriptServlet). The tables are the page without
// this script and what a screen reader reads; a chart is a picture of its table (role="img").
// Under the page's Content-Security-Policy: canvas renderer, tooltips drawn on the canvas (richText), sizes
// set through the CSSOM, no inline style attribute or markup.
(function () {
  'use strict';
  var BLUE = '#4a7fb5';
  var PALETTE = ['#123f6d', '#4a7fb5', '#8fb3d9', '#c0504d', '#f0b400', '#5b9f5b', '#7b5ea7', '#56606e', '#d9822b', '#2a9d8f'];

  function rows(table) {
    return Array.prototype.map.call(table.querySelectorAll('tbody tr[data-count]'), function (tr) {
      return {name: tr.querySelector('th').textContent.trim(), value: Number(tr.getAttribute('data-count'))};
    });
  }

  function bar(data) {
    return {
      animation: false,
      color: [BLUE],
      tooltip: {trigger: 'item', renderMode: 'richText'},
      grid: {left: 8, right: 48, top: 8, bottom: 8, containLabel: true},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', inverse: true, data: data.map(function (d) { return d.name; }),
        axisLabel: {width: 260, overflow: 'truncate', color: '#1d2430'}},
      series: [{type: 'bar', data: data.map(function (d) { return d.value; }),
        label: {show: true, position: 'right', color: '#1d2430'}}]
    };
  }

  function pie(data) {
    return {
      animation: false,
      color: PALETTE,
      tooltip: {trigger: 'item', renderMode: 'richText'},
      series: [{type: 'pie', radius: ['35%', '68%'], data: data,
        label: {formatter: '{b}: {c}', color: '#1d2430', overflow: 'truncate', width: 180}}]
    };
  }

  function draw(box) {
    var table = document.getElementById(box.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var data = rows(table);
    var shape = box.getAttribute('data-chart');
    box.hidden = false;
    if (shape === 'bar') {
      box.style.height = Math.max(160, 28 * data.length + 40) + 'px';
    }
    var chart = window.echarts.init(box, null, {renderer: 'canvas'});
    chart.setOption(shape === 'pie' ? pie(data) : bar(data));
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    if (!window.echarts) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('div.chart[data-table]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
