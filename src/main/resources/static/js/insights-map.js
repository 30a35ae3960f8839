// The choropleth of the insights page: the parts of an area coloured by the class of their value (see
// map-base.js for the map itself). The legend and the table on the page give the same classes and numbers in
// text, so the colours are never the only way to read the map.
(function () {
  'use strict';

  var element = document.getElementById('inzichtenkaart');
  if (!element || typeof L === 'undefined' || !window.SpeelveldMap) {
    return;
  }
  var data = element.dataset;
  var map = SpeelveldMap.create(element);
  // light to dark, so the classes also differ in greyscale
  var colours = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
  var decimals = Number(data.decimals || 0);
  var format = new Intl.NumberFormat(document.documentElement.lang || 'nl', {
    minimumFractionDigits: decimals, maximumFractionDigits: decimals
  });

  function style(feature) {
    var colourClass = feature.properties['class'];
    var highlighted = feature.id === data.highlight;
    return {
      color: highlighted ? '#000000' : '#0b2a4a', weight: highlighted ? 4 : 1.2,
      fillColor: colourClass ? colours[colourClass - 1] : '#ffffff',
      fillOpacity: colourClass ? 0.85 : 0.3,
      dashArray: colourClass ? null : '4 3'
    };
  }

  SpeelveldMap.load(data.geojson).then(function (collection) {
    if (!collection || collection.features.length === 0) {
      return;
    }
    var layers = L.geoJSON(collection, {
      filter: function (feature) { return feature.geometry !== null; },
      style: style,
      onEachFeature: function (feature, layer) {
        var value = feature.properties.value;
        var text = feature.properties.name + ': ' + (value === null ? data.noValue : format.format(value));
        layer.bindTooltip(document.createTextNode(text), { sticky: true });
        layer.on('mouseover', function () { layer.setStyle({ weight: 3 }); });
        layer.on('mouseout', function () { layer.setStyle({ weight: feature.id === data.highlight ? 4 : 1.2 }); });
        layer.on('click', function () {
          window.location.href = '/gebied/' + encodeURIComponent(feature.id) + '/inzichten?jaar='
            + encodeURIComponent(data.linkYear) + '&maat=' + encodeURIComponent(data.measure);
        });
      }
    }).addTo(map);
    // the area itself on top, so its thick border is not hidden under its neighbours'
    layers.eachLayer(function (layer) {
      if (layer.feature.id === data.highlight) {
        layer.bringToFront();
      }
    });
  });
}());
