// Shows proposals as dots on a Leaflet map: on the list, those of the current page, each linking to its page
// (the list itself holds the same proposals for keyboard and screen-reader users); on a proposal's page, its
// own place. Only one page of proposals at a time: a map with hundreds of markers makes a page slow.
(function () {
  'use strict';

  if (typeof L === 'undefined' || !window.SpeelveldMap) {
    return;
  }

  function withArea(element) {
    var map = SpeelveldMap.create(element);
    SpeelveldMap.load(element.dataset.area).then(function (feature) {
      if (feature) {
        L.geoJSON(feature, { style: { color: '#0b2a4a', weight: 3, fill: false }, interactive: false }).addTo(map);
      }
    });
    return map;
  }

  function dot(lat, lon) {
    return L.circleMarker([lat, lon], { radius: 8, color: '#0b2a4a', weight: 2, fillColor: '#ffb612', fillOpacity: 0.9 });
  }

  var list = document.getElementById('voorstellen-kaart');
  if (list) {
    var map = withArea(list);
    var items = document.querySelectorAll('.proposal-card[data-lat]');
    Array.prototype.forEach.call(items, function (item) {
      var link = item.querySelector('.proposal-card__title a');
      var lat = Number(item.dataset.lat);
      var lon = Number(item.dataset.lon);
      if (!link || !isFinite(lat) || !isFinite(lon)) {
        return;
      }
      var marker = dot(lat, lon);
      marker.bindTooltip(document.createTextNode(link.textContent));
      marker.on('click', function () {
        window.location.href = link.getAttribute('href');
      });
      marker.addTo(map);
    });
  }

  var single = document.getElementById('voorstel-kaart');
  if (single) {
    var lat = Number(single.dataset.lat);
    var lon = Number(single.dataset.lon);
    if (isFinite(lat) && isFinite(lon)) {
      dot(lat, lon).addTo(withArea(single));
    }
  }
}());
